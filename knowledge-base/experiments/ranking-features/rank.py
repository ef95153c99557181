"""Issue 16, third round: the shipped ranking re-computed from RankingFeatureDump's output, and variants of it.

    python3 rank.py WORK_DIR FAQ_EVAL_DIR [experiment ...]

The lexical score of an entry is the weighted sum of its per-field BM25 scores (the shipped query is one clause per
field and word, summed by Lucene), times (1 + breadth)^-0.2, times ((0.05 + coverage) / 1.05)^0.05 (QuestionCoverage;
from terms.json, which RankingFeatureDump writes); the pool is the top 50 by words and the top 50 by
cosine; the fused score (1 - w) * lexical / best + w * min-max(cosine). Every figure is reported on the tune half
(1st, 3rd, ... labelled query), the held-out half and all 250, as kb.jar eval reports them.
"""
import glob
import json
import math
import sys

import numpy as np

FIELDS = ["text", "question", "reading", "bigrams", "related", "readingBigrams"]
SHIPPED_WEIGHTS = [1.0, 0.1, 0.3, 0.05, 0.1, 0.02]
POOL = 50
COVERAGE_EXPONENT = 0.05


class Data:
    def __init__(self, work, eval_dir):
        self.features = json.load(open(f"{work}/features.json"))
        self.ids = self.features["entries"]
        self.index = {d: i for i, d in enumerate(self.ids)}
        n = len(self.ids)
        self.breadth = np.array([self.features["breadth"][d] for d in self.ids], dtype=np.float64)
        queries = json.load(open(f"{eval_dir}/dev-queries.json"))
        self.grades = json.load(open(f"{eval_dir}/dev-qrels.json"))
        self.all_qids = list(queries)
        self.qids = [q for q in self.all_qids if q in self.grades]
        row = {q: i for i, q in enumerate(self.all_qids)}
        self.qrow = [row[q] for q in self.qids]
        self.entry_vectors = {}
        # Every vector file of the work directory: entries-NAME.f32 (a row per entry), queries-NAME.f32 (per question).
        for path in sorted(glob.glob(f"{work}/entries-*.f32")):
            name = path[len(work) + len("/entries-"):-len(".f32")]
            self.entry_vectors[name] = np.fromfile(path, dtype="<f4").reshape(n, -1)
        self.query_vectors = {}
        for path in sorted(glob.glob(f"{work}/queries-*.f32")):
            name = path[len(work) + len("/queries-"):-len(".f32")]
            self.query_vectors[name] = np.fromfile(path, dtype="<f4").reshape(len(self.all_qids), -1)
        # Per variant, per query: a matrix fields x entries of BM25 scores.
        self.fields = {}
        for variant, per_query in self.features["lexical"].items():
            matrices = []
            for q in self.qids:
                m = np.zeros((len(FIELDS), n))
                for f, field in enumerate(FIELDS):
                    for d, s in per_query[q].get(field, {}).items():
                        m[f, self.index[d]] = s
                matrices.append(m)
            self.fields[variant] = matrices
        self.kana = [self.features["lexical"]["shipped"][q]["kana"] for q in self.qids]
        self.coverage = coverage(self, work)
        self.gain = []
        self.idcg = []
        for q in self.qids:
            g = np.zeros(n)
            for d, grade in self.grades[q].items():
                if d in self.index:
                    g[self.index[d]] = grade
            self.gain.append(g)
            ideal = sorted([x for x in self.grades[q].values() if x > 0], reverse=True)[:10]
            self.idcg.append(sum(x / math.log2(i + 2) for i, x in enumerate(ideal)))


def coverage(data, work):
    """Per question, each entry's share of its question words (IDF-weighted over the entries' questions) that the
    question with its synonym expansions holds, as QuestionCoverage computes it."""
    terms = json.load(open(f"{work}/terms.json"))
    entry_terms = [set(terms["entries"].get(d, [])) for d in data.ids]
    df = {}
    for words in entry_terms:
        for t in words:
            df[t] = df.get(t, 0) + 1
    n = len(entry_terms)
    idf = {t: math.log(1 + n / c) for t, c in df.items()}
    rows = []
    for q in data.qids:
        asked = set(terms["queries"][q]["expanded"])
        row = np.ones(n)
        for e, words in enumerate(entry_terms):
            total = sum(idf[t] for t in words)
            if total > 0:
                row[e] = sum(idf[t] for t in words if t in asked) / total
        rows.append(row)
    return rows


def per_query(data, rankings):
    """rankings: per query, entry indices best first. Returns an array of (ndcg@10, p@1), a row per query."""
    per = []
    for i, ranked in enumerate(rankings):
        top = ranked[:10]
        g = data.gain[i][top]
        dcg = float(np.sum(g / np.log2(np.arange(2, len(top) + 2)))) if len(top) else 0.0
        per.append((dcg / data.idcg[i] if data.idcg[i] > 0 else 0.0, 1.0 if len(top) and g[0] > 0 else 0.0))
    return np.array(per)


def metrics(data, rankings):
    """rankings: per query, entry indices best first. Returns {part: (ndcg, p@1)}."""
    per = per_query(data, rankings)
    return {"tune": per[0::2].mean(axis=0), "held-out": per[1::2].mean(axis=0), "all": per.mean(axis=0)}


def fmt(m):
    return "  ".join(f"{p} {m[p][0]:.4f}/{m[p][1]:.3f}" for p in ["tune", "held-out", "all"])


def stable_top(scores, k, candidates=None):
    """Indices of the k best scores, best first; ties by index (Lucene's document order)."""
    if candidates is None:
        order = np.lexsort((np.arange(len(scores)), -scores))
    else:
        candidates = np.asarray(candidates)
        order = candidates[np.lexsort((candidates, -scores[candidates]))]
    return order[:k]


def lexical_scores(data, i, variant="shipped", weights=SHIPPED_WEIGHTS, breadth_exponent=0.2,
                   coverage_exponent=COVERAGE_EXPONENT):
    m = data.fields[variant][i]
    w = np.array(weights, dtype=np.float64)
    if data.kana[i]:
        w = w.copy()
        w[5] = 0  # not dumped for kana questions; the dev split has none
    raw = w @ m
    factor = np.power(1 + data.breadth, -breadth_exponent)
    if not data.kana[i]:
        factor = factor * np.power((0.05 + data.coverage[i]) / 1.05, coverage_exponent)
    return raw * factor, raw


def rank(data, semantic_weight=0.2, variant="shipped", weights=SHIPPED_WEIGHTS, breadth_exponent=0.2,
         entry_vectors="shipped", query_vectors="plain", second=None, second_weight=0.0, combine="max",
         normalise="minmax", prf_k=0, prf_beta=0.0, coverage_exponent=COVERAGE_EXPONENT):
    """second: (entry vector name, query vector name) for an asymmetric second cosine, fused with the first
    by max or by a weighted mean (second_weight)."""
    rankings = []
    E = data.entry_vectors[entry_vectors]
    for i in range(len(data.qids)):
        lex, raw = lexical_scores(data, i, variant, weights, breadth_exponent, coverage_exponent)
        # As FaqRanking: Lucene's top 50 by BM25, then re-weighed by breadth and sorted again (stable).
        matched = np.nonzero(raw > 0)[0]
        lexical_top = stable_top(raw, POOL, matched) if len(matched) else np.array([], dtype=int)
        lexical_top = lexical_top[sorted(range(len(lexical_top)), key=lambda k: -lex[lexical_top[k]])]
        if semantic_weight == 0:
            rankings.append(lexical_top)
            continue
        qv = data.query_vectors[query_vectors][data.qrow[i]].astype(np.float64)
        sim = E @ qv
        if prf_k > 0:
            # Rocchio on vectors: the question's vector moved toward the mean of its first fused entries.
            first = fused(data, lex, lexical_top, sim, semantic_weight, normalise)[:prf_k]
            qv = qv + prf_beta * E[first].mean(axis=0)
            qv = qv / np.linalg.norm(qv)
            sim = E @ qv
        if second is not None:
            other = data.entry_vectors[second[0]] @ data.query_vectors[second[1]][data.qrow[i]].astype(np.float64)
            sim = np.maximum(sim, other) if combine == "max" else (1 - second_weight) * sim + second_weight * other
        rankings.append(fused(data, lex, lexical_top, sim, semantic_weight, normalise))
    return rankings


def fused(data, lex, lexical_top, sim, w, normalise):
    nearest = stable_top(sim, POOL)
    pool = list(lexical_top) + [d for d in nearest if d not in set(lexical_top)]
    pool = np.array(pool)
    in_lexical = np.zeros(len(pool), dtype=bool)
    in_lexical[: len(lexical_top)] = True
    lex_pool = np.where(in_lexical, lex[pool], 0.0)
    s = sim[pool]
    if normalise == "minmax":
        best = max(lex_pool.max() if len(lexical_top) else 1.0, 1e-30)
        lexn = lex_pool / best
        sem = (s - s.min()) / (s.max() - s.min()) if s.max() > s.min() else np.zeros_like(s)
    elif normalise == "zscore":
        lexn = (lex_pool - lex_pool.mean()) / (lex_pool.std() or 1.0)
        sem = (s - s.mean()) / (s.std() or 1.0)
    elif normalise == "minmax-both":
        lexn = (lex_pool - lex_pool.min()) / ((lex_pool.max() - lex_pool.min()) or 1.0)
        sem = (s - s.min()) / ((s.max() - s.min()) or 1.0)
    score = (1 - w) * lexn + w * sem
    # Python's sort is stable: equal scores keep pool order (words first), as the Java fusion does.
    order = sorted(range(len(pool)), key=lambda k: -score[k])
    return pool[order]


if __name__ == "__main__":
    data = Data(sys.argv[1], sys.argv[2])
    print("shipped      ", fmt(metrics(data, rank(data))))
    print("words only   ", fmt(metrics(data, rank(data, semantic_weight=0))))
