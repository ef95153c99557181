#!/usr/bin/env bash
# Issue 16's import figure (docs/benchmarks.md, "Knowledge base (issue 16)"): issue 6's 10,000 FAQ entries (two
# alternatives each, 30,000 texts to embed) imported by faqImportJob with the semantic stage on, then the service
# started on the job's data directory and timed until it logs that every entry's vectors exist.
#   flock /work/bench.lock batch-jobs/bench/faq-vectors.sh [extra job arguments]
#   SERVICE=0 …    the job alone
set -euo pipefail
cd "$(dirname "$0")/../.."
. bin/java-home.sh
[ -f app/target/tsutawaru.jar ] || ./mvnw -q -B -o -pl app -am -DskipTests package
work=$(mktemp -d /tmp/tsutawaru-faq-vectors.XXXXXX)
trap 'rm -rf "$work"' EXIT
python3 batch-jobs/bench/make-files.py 100 "${FAQS:-10000}" "$work"
# As in run.sh: the parser is added from the local Maven repository.
parser=$(ls ~/.m2/repository/com/linecorp/bot/line-bot-parser/*/line-bot-parser-*.jar | grep -v sources | tail -n 1)
echo "job start $(date -u +%H:%M:%S) load $(cut -d' ' -f1-3 /proc/loadavg)"
t0=$(date +%s.%N)
java -Dloader.path="$parser" -cp app/target/tsutawaru.jar org.springframework.boot.loader.launch.PropertiesLauncher \
  --job=faqImportJob file="$work/faq.csv" --tsutawaru.data-dir="$work/data" --tsutawaru.kb.load-sample=false \
  --logging.level.root=WARN --logging.level.org.springframework.batch.core.launch.support=INFO \
  --logging.level.io.tsutawaru.batch=INFO --logging.level.io.tsutawaru.kb=INFO "$@" 2>&1 \
  | grep -E "completed with the following parameters|CommandLineJobRunner|Semantic|FAQ vectors" \
  | sed -E 's/.*(\[name=[a-zA-Z]+\]).*status: (\[[A-Z]+\]) in (.*)/\1 \2 in \3/' | cut -c1-200
t1=$(date +%s.%N)
echo "job process ended after $(echo "$t1 - $t0" | bc) s, load $(cut -d' ' -f1-3 /proc/loadavg)"
[ "${SERVICE:-1}" = 1 ] || exit 0
# The service on the same data directory finds the entries whose vectors are still pending and computes them.
. bin/java-options.sh
log="$work/service.log"
PORT=${PORT:-18917} java "${TSUTAWARU_JAVA_OPTIONS[@]}" -jar app/target/tsutawaru.jar --tsutawaru.data-dir="$work/data" \
  --tsutawaru.kb.load-sample=false --logging.level.io.tsutawaru.kb=INFO >"$log" 2>&1 &
pid=$!
for _ in $(seq 1 900); do
  grep -q "FAQ vectors complete" "$log" && break
  kill -0 $pid 2>/dev/null || { echo "the service stopped; its log:" >&2; tail -30 "$log" >&2; exit 1; }
  sleep 1
done
t2=$(date +%s.%N)
grep -E "Started |FAQ vectors" "$log" | sed -E 's/^([0-9T:.-]+)Z.*(Started|FAQ vectors)/\1 \2/' | cut -c1-160
echo "every vector exists $(echo "$t2 - $t1" | bc) s after the service's start, $(echo "$t2 - $t0" | bc) s after the job's, load $(cut -d' ' -f1-3 /proc/loadavg)"
kill $pid; wait $pid 2>/dev/null || true
