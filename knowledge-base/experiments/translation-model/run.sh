#!/usr/bin/env bash
# Issue 16, item 5: a translation model learned from the corpus's question/answer pairs, tried as a re-ranking
# feature over the shipped ranking (see README.md). Needs knowledge-base/target/kb.jar.
#   knowledge-base/experiments/translation-model/run.sh [faq-eval dir] [vector cache]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
eval_dir="${1:-$root/../shared/faq-eval}"
cache="${2:-$root/knowledge-base/target/translation-model/vectors.bin}"
. "$root/bin/java-home.sh"
work="$root/knowledge-base/target/translation-model"
mkdir -p "$work/classes"
javac -d "$work/classes" -cp "$root/knowledge-base/target/kb.jar" $(find "$here/src" -name '*.java')
exec java -Xmx2g -cp "$work/classes:$root/knowledge-base/target/kb.jar" io.tsutawaru.kb.search.TranslationModelExperiment \
  "$eval_dir/corpus.json" "$eval_dir/dev-queries.json" "$eval_dir/dev-qrels.json" "$cache"
