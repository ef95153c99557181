"""Issue 16, fourth round: the model's vectors of texts written another way (text-forms.sh), screened both ways.
    python3 text-forms.py WORK_DIR FAQ_EVAL_DIR
Forms: lines (the shipped texts as written: the control), cw (content words as written), cwb (content words in
dictionary forms), zh (kanji as simplified Chinese characters), cwbzh (both). "+" joins forms: the mean of their
cosines."""
import sys

import numpy as np

from rank import Data, fmt, metrics, rank
from screens import screen

FORMS = ["lines", "cw", "cwb", "zh", "cwbzh"]


def join(data, names):
    key = "+".join(names)
    data.entry_vectors[key] = np.concatenate([data.entry_vectors[n] for n in names], axis=1) / np.sqrt(len(names))
    data.query_vectors[key] = np.concatenate([data.query_vectors[n] for n in names], axis=1) / np.sqrt(len(names))
    return key


if __name__ == "__main__":
    data = Data(sys.argv[1], sys.argv[2])
    forms = FORMS + [join(data, ["lines", "cwb"]), join(data, ["lines", "cwbzh"]), join(data, ["lines", "zh", "cwb", "cwbzh"])]
    print("== the model alone (semantic weight 0.999)")
    for form in forms:
        print(f"  {form:22s} {fmt(metrics(data, rank(data, semantic_weight=0.999, entry_vectors=form, query_vectors=form)))}")
    screen(data, "fused with the words, as shipped otherwise", [("shipped", {})] + [
        (f"{form} w {w}", {"entry_vectors": form, "query_vectors": form, "semantic_weight": w})
        for form in forms[1:] for w in (0.2, 0.25, 0.3, 0.4)])
