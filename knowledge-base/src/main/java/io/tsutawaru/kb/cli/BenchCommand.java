package io.tsutawaru.kb.cli;

import java.io.PrintStream;

/** {@code bench}: index build time and query latency on a large index; written after the ranking settles. */
final class BenchCommand {

    private final CommandOptions options;
    private final PrintStream out;

    BenchCommand(CommandOptions options, PrintStream out) {
        this.options = options;
        this.out = out;
    }

    void run() {
        throw new UsageException("bench is not available yet");
    }
}
