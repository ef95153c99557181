#!/usr/bin/env bash
# Issue 16, third round: dump the ranking's parts (per-field BM25, breadth, vectors), then measure fusion variants
# in numpy (rank.py). Needs knowledge-base/target/kb.jar.
#   knowledge-base/experiments/ranking-features/run.sh [faq-eval dir] [vector cache] [work dir]
set -euo pipefail
. "$(dirname "$0")/setup.sh" "$@"
java -Xmx3g -cp "$classpath" io.tsutawaru.kb.search.RankingFeatureDump \
  "$eval_dir/corpus.json" "$eval_dir/dev-queries.json" "$cache" "$work"
