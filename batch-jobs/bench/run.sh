#!/usr/bin/env bash
# Benchmarks of issue 6 (docs/benchmarks.md): imports 100,000 subscribers and 10,000 FAQ entries with the real jar
# and prints the duration Spring Batch measured for each job (start-up of the service excluded).
#   batch-jobs/bench/run.sh            # embedded H2 (the default service)
#   batch-jobs/bench/run.sh postgres   # PostgreSQL from bin/test-postgres, in a fresh schema
set -euo pipefail
cd "$(dirname "$0")/../.."
. bin/java-home.sh
[ -f app/target/tsutawaru.jar ] || ./mvnw -q -B -o -pl app -am -DskipTests package
work=$(mktemp -d /tmp/tsutawaru-batch-bench.XXXXXX)
python3 batch-jobs/bench/make-files.py "${SUBSCRIBERS:-100000}" "${FAQS:-10000}" "$work"
args=(--tsutawaru.data-dir="$work/data" --tsutawaru.kb.load-sample=false --logging.level.root=WARN
      --logging.level.org.springframework.batch.core.launch.support=INFO --logging.level.io.tsutawaru.batch=INFO)
if [ "${1:-}" = postgres ]; then
  eval "$(bin/test-postgres)"
  schema="bench_batch_$(date +%s)"
  args+=(--spring.datasource.url="$TSUTAWARU_TEST_POSTGRES_URL?currentSchema=$schema"
         --spring.datasource.username="$TSUTAWARU_TEST_POSTGRES_USER" --spring.datasource.password="$TSUTAWARU_TEST_POSTGRES_PASSWORD"
         --spring.flyway.default-schema="$schema" --spring.flyway.create-schemas=true)
fi
# The app's pom scopes line-bot-parser to tests, so the bot's webhook cannot start from the jar as built today; the
# parser is added from the local Maven repository until that is fixed (reported in issue 6).
parser=$(ls ~/.m2/repository/com/linecorp/bot/line-bot-parser/*/line-bot-parser-*.jar | grep -v sources | tail -n 1)
for job in "subscriberImportJob $work/subscribers.csv" "faqImportJob $work/faq.csv"; do
  set -- $job
  java -Dloader.path="$parser" -cp app/target/tsutawaru.jar org.springframework.boot.loader.launch.PropertiesLauncher --job="$1" file="$2" "${args[@]}" 2>&1 \
    | grep -E "completed with the following parameters|CommandLineJobRunner" | sed -E 's/.*(\[name=[a-zA-Z]+\]).*status: (\[[A-Z]+\]) in (.*)/\1 \2 in \3/'
done
rm -rf "$work"
