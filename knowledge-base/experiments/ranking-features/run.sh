#!/usr/bin/env bash
# Issue 16, third round: dump the ranking's parts (per-field BM25, breadth, vectors), then measure fusion variants
# in numpy (rank.py). Needs knowledge-base/target/kb.jar.
#   knowledge-base/experiments/ranking-features/run.sh [faq-eval dir] [vector cache] [work dir]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
eval_dir="${1:-$root/../shared/faq-eval}"
work="${3:-$root/knowledge-base/target/ranking-features}"
cache="${2:-$work/vectors.bin}"
. "$root/bin/java-home.sh"
mkdir -p "$work/classes"
javac -d "$work/classes" -cp "$root/knowledge-base/target/kb.jar" $(find "$here/src" -name '*.java')
java -Xmx3g -cp "$work/classes:$root/knowledge-base/target/kb.jar" io.tsutawaru.kb.search.RankingFeatureDump \
  "$eval_dir/corpus.json" "$eval_dir/dev-queries.json" "$cache" "$work"
# Fourth round: each entry's question words and each question's words, for coverage.py.
java -cp "$work/classes:$root/knowledge-base/target/kb.jar" io.tsutawaru.kb.search.QuestionTermDump \
  "$eval_dir/corpus.json" "$eval_dir/dev-queries.json" "$work/terms.json"
