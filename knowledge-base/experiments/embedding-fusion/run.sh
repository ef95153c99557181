#!/usr/bin/env bash
# Runs the BM25 + sentence-embedding fusion experiment of issue 3 (see README.md).
#   knowledge-base/experiments/embedding-fusion/run.sh [faq-eval dir]   # quality and costs
#   knowledge-base/experiments/embedding-fusion/run.sh latency          # ONNX Runtime alone: quantised vs full precision
# Needs knowledge-base/target/kb.jar (./mvnw -q -B -o -pl knowledge-base -am -DskipTests package).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
eval_dir="${1:-$root/../shared/faq-eval}"
main=io.tsutawaru.kb.search.EmbeddingFusionExperiment
if [ "${1:-}" = latency ]; then main=io.tsutawaru.kb.search.OrtLatency; fi
. "$root/bin/java-home.sh"
work="$root/knowledge-base/target/embedding-fusion"
mkdir -p "$work/classes"
"$root/mvnw" -q -B -f "$here/pom.xml" dependency:build-classpath -Dmdep.outputFile="$work/classpath.txt" >/dev/null
cp="$root/knowledge-base/target/kb.jar:$(cat "$work/classpath.txt")"
javac -d "$work/classes" -cp "$cp" $(find "$here/src" -name '*.java')
exec java -Xmx2g -cp "$work/classes:$cp" "$main" \
  "$eval_dir/corpus.json" "$eval_dir/dev-queries.json" "$eval_dir/dev-qrels.json" "$work/cache"
