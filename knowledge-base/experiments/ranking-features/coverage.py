"""Issue 16, fourth round: does an entry ask about something the resident did not? The lexical score times
((0.05 + coverage) / 1.05)^g, coverage being the IDF-weighted share of the entry's question words that the
question (with its synonym expansions) holds (QuestionCoverage; rank.py computes it from terms.json). Screened
beside the breadth factor and on other rankings (without synonyms, words only, Kuromoji's stop words), both ways.
    python3 coverage.py WORK_DIR FAQ_EVAL_DIR"""
import sys

from rank import Data
from screens import screen

EXPONENTS = (0.0, 0.025, 0.05, 0.075, 0.1, 0.125, 0.15, 0.2, 0.3, 0.5, 1.0)

if __name__ == "__main__":
    data = Data(sys.argv[1], sys.argv[2])
    for label, base in (("shipped otherwise", {}), ("breadth 0.3", {"breadth_exponent": 0.3}),
                        ("no synonyms", {"variant": "nosyn"}), ("words only", {"semantic_weight": 0}),
                        ("Kuromoji's stop words", {"variant": "kuromojistop"})):
        screen(data, f"coverage exponent g, {label}", [(f"g {g}", {**base, "coverage_exponent": g}) for g in EXPONENTS])
