"""Issue 16, third round: each line of kb/synonyms-ja.txt left out in turn (RankingFeatureDump's ablation), its
effect on the tune and the held-out half, shipped ranking otherwise.   python3 synonyms.py WORK_DIR FAQ_EVAL_DIR"""
import sys

import numpy as np

from rank import FIELDS, Data, per_query, rank


def ablation(data, **kwargs):
    base = per_query(data, rank(data, **kwargs))
    row = {q: i for i, q in enumerate(data.qids)}
    n = len(data.ids)
    lines = []
    for number, entry in data.features["synonymAblation"].items():
        matrices = list(data.fields["shipped"])
        changed = []
        for q, fields in entry["queries"].items():
            if q not in row:
                continue
            m = np.zeros((len(FIELDS), n))
            for f, field in enumerate(FIELDS):
                for d, s in fields.get(field, {}).items():
                    m[f, data.index[d]] = s
            matrices[row[q]] = m
            changed.append(row[q])
        data.fields["ablated"] = matrices
        after = per_query(data, rank(data, variant="ablated", **kwargs))
        delta = after - base  # effect of REMOVING the line
        tune = [i for i in changed if i % 2 == 0]
        held = [i for i in changed if i % 2 == 1]
        lines.append((int(number), entry["line"], len(tune), len(held), delta[0::2].sum(axis=0) / len(base[0::2]),
                      delta[1::2].sum(axis=0) / len(base[1::2])))
    return base, lines


if __name__ == "__main__":
    data = Data(sys.argv[1], sys.argv[2])
    base, lines = ablation(data)
    print("line | questions tune/held-out | removing it: tune ndcg, p@1 | held-out ndcg, p@1 | rule")
    for number, line, nt, nh, dt, dh in sorted(lines):
        rule = ("helps both" if dt[0] < 0 and dh[0] < 0 else "hurts held-out, helps tune" if dh[0] > 0 and dt[0] < 0
                else "hurts tune, helps held-out" if dt[0] > 0 and dh[0] < 0 else "hurts both" if dt[0] > 0 and dh[0] > 0
                else "tune only" if nh == 0 else "held-out only" if nt == 0 else "no effect")
        print(f"{number:4d} {line[:60]:60s} {nt}/{nh}  {dt[0]:+.4f} {dt[1]:+.3f}  {dh[0]:+.4f} {dh[1]:+.3f}  {rule}")
