"""Issue 16, third round: every screen of the round, each decided both ways (chosen on tune, reported on held-out;
chosen on held-out, reported on tune).   python3 screens.py WORK_DIR FAQ_EVAL_DIR [screen ...]"""
import sys

import numpy as np

from rank import Data, SHIPPED_WEIGHTS, fmt, metrics, rank


def screen(data, name, variants):
    """variants: list of (label, kwargs); the first is the shipped setting."""
    print(f"== {name}")
    results = []
    for label, kwargs in variants:
        m = metrics(data, rank(data, **kwargs))
        results.append((label, m))
        print(f"  {label:40s} {fmt(m)}")
    for chooser, reporter in [("tune", "held-out"), ("held-out", "tune")]:
        for k, metric in [(0, "ndcg@10"), (1, "p@1")]:
            best = max(results, key=lambda r: r[1][chooser][k])
            print(f"  by {metric} on {chooser}: {best[0]} ({best[1][chooser][k]:.4f}) -> {reporter} "
                  f"{best[1][reporter][k]:.4f} (shipped {results[0][1][reporter][k]:.4f})")


def weights_with(field, value):
    w = list(SHIPPED_WEIGHTS)
    w[field] = value
    return w


SCREENS = {
    "instruction": lambda: [
        ("shipped", {}),
        *[(f"instructed query, w {w}", {"query_vectors": "instructed", "semantic_weight": w}) for w in (0.15, 0.2, 0.25, 0.3)],
    ],
    "passage": lambda: [
        ("shipped", {}),
        *[(f"max(qq, instr x answer{n}), w {w}", {"second": (f"answer{n}", "instructed"), "semantic_weight": w})
          for n in (60, 120, 250) for w in (0.2, 0.3)],
        *[(f"mean(qq, instr x answer{n}) {g}, w {w}", {"second": (f"answer{n}", "instructed"), "combine": "mean",
                                                       "second_weight": g, "semantic_weight": w})
          for n in (60, 120, 250) for g in (0.25, 0.5) for w in (0.2, 0.3)],
        *[(f"instr x shipped + instr x answer{n} mean {g}", {"query_vectors": "instructed", "second": (f"answer{n}", "instructed"),
                                                            "combine": "mean", "second_weight": g})
          for n in (120, 250) for g in (0.25, 0.5)],
    ],
    "entrytext": lambda: [
        ("shipped", {}),
        ("question alone", {"entry_vectors": "question"}),
        ("max(shipped, question)", {"second": ("question", "plain")}),
    ],
    "fields": lambda: [
        ("shipped", {}),
        *[(f"{name} {v}", {"weights": weights_with(f, v)})
          for f, name, values in [(1, "question", (0, 0.05, 0.2)), (2, "reading", (0, 0.1, 0.2, 0.4, 0.5)),
                                  (3, "bigrams", (0, 0.1)), (4, "related", (0, 0.025, 0.05, 0.075, 0.2)),
                                  (5, "readingBigrams", (0, 0.01))]
          for v in values],
        ("text only (all others 0)", {"weights": [1, 0, 0, 0, 0, 0]}),
    ],
    "breadth": lambda: [("shipped", {}), *[(f"exponent {e}", {"breadth_exponent": e})
                                            for e in (0, 0.1, 0.15, 0.25, 0.3, 0.325, 0.35, 0.375, 0.4, 0.45, 0.5)]],
    "breadth-words": lambda: [("words only", {"semantic_weight": 0}),
                              *[(f"words only, exponent {e}", {"breadth_exponent": e, "semantic_weight": 0})
                                for e in (0.25, 0.3, 0.35, 0.4, 0.5)]],
    "weight": lambda: [("shipped", {}), *[(f"semantic weight {w}", {"semantic_weight": w}) for w in (0.1, 0.15, 0.25, 0.3)]],
    "analysis": lambda: [("shipped", {}), ("no synonyms", {"variant": "nosyn"}),
                         ("Kuromoji stop words only", {"variant": "kuromojistop"})],
    "prf": lambda: [("shipped", {}),
                    *[(f"Rocchio k {k} beta {b}", {"prf_k": k, "prf_beta": b}) for k in (3, 5, 10) for b in (0.3, 0.6, 1.0)]],
    "normalise": lambda: [("shipped", {}),
                          *[(f"{n}, w {w}", {"normalise": n, "semantic_weight": w})
                            for n in ("zscore", "minmax-both") for w in (0.2, 0.3, 0.4, 0.5)]],
}

def head_rules(data):
    """p@1: who is ranked first when words and meaning disagree (item 4 of the round)."""
    print("== head (first place only; the rest as fused)")
    fused = rank(data)
    words = rank(data, semantic_weight=0)
    print(f"  {'shipped':40s} {fmt(metrics(data, fused))}")
    for k in (2, 3):
        for by in ("shipped", "question"):
            out = []
            for i, ranked in enumerate(fused):
                qv = data.query_vectors["plain"][data.qrow[i]]
                first = max(ranked[:k], key=lambda e: float(data.entry_vectors[by][e] @ qv))
                out.append(np.array([first] + [e for e in ranked if e != first]))
            print(f"  {f'nearest in meaning ({by}) of the top {k}':40s} {fmt(metrics(data, out))}")
        out = []
        for f, w in zip(fused, words):
            first = w[0] if len(w) and w[0] in list(f[:k]) else f[0]
            out.append(np.array([first] + [e for e in f if e != first]))
        print(f"  {f'words first, if in the top {k}':40s} {fmt(metrics(data, out))}")


if __name__ == "__main__":
    data = Data(sys.argv[1], sys.argv[2])
    for name in sys.argv[3:] or [*SCREENS, "head"]:
        if name == "head":
            head_rules(data)
        else:
            screen(data, name, SCREENS[name]())
