# Sourced by bin/tsutawaru and bin/soak/webhook: the JVM options the service runs with, and is measured with
# (docs/benchmarks.md). Use them in production too (README).
#   -XX:ThreadPriorityPolicy=1 -XX:JavaPriority1_To_OSPriority=19
#       the threads that answer residents run at nice 19, so a backlog of questions yields the processor to the
#       webhook's acknowledgements (LINE delivers a webhook again when its acknowledgement is late)
#   -XX:MaxGCPauseMillis=10
#       G1 keeps its young collections short: with its default goal (200 ms) pauses of 10-50 ms every second or
#       two stalled every webhook call in flight, and were what made the slowest acknowledgements slow
TSUTAWARU_JAVA_OPTIONS=(-XX:ThreadPriorityPolicy=1 -XX:JavaPriority1_To_OSPriority=19 -XX:MaxGCPauseMillis=10)
