package io.tsutawaru.kb.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * {@code java -jar kb.jar eval|search|bench …}: the knowledge base's search, measured and
 * tried without Spring or a database; every index lives in memory for the run.
 */
public final class KbCommand {

	private static final String USAGE = """
			usage:
			  kb.jar eval   --corpus C --queries Q --qrels R [--baseline] [--part all|tune|held-out]
			                [--semantic on|off] [--semantic-weight W[,W…]] [--answer-characters N]
			                [--model-file M --tokenizer-file T [--pooling cls|mean]] [--vector-cache FILE]
			                [--learn-from tune|held-out]
			  kb.jar search --corpus C [--language ja|en] "質問"
			  kb.jar calibrate --corpus C --queries Q --qrels R [--part all|tune|held-out]
			  kb.jar bench  --corpus C --queries Q --qrels R [--entries 10000] [--rounds 20000]
			C, Q, R: the JSON formats of the LocalgovFAQ evaluation set (../shared/faq-eval).""";

	private KbCommand() {
	}

	/**
	 * Runs one command and exits with 0 on success, 2 on a usage error, 1 on any other
	 * failure.
	 * @param args the command and its options
	 */
	public static void main(String[] args) {
		var out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
		var err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
		if (args.length == 0) {
			err.println(USAGE);
			System.exit(2);
		}
		try {
			var options = CommandOptions.parse(Arrays.copyOfRange(args, 1, args.length));
			switch (args[0]) {
				case "eval" -> new EvalCommand(options, out).run();
				case "search" -> new SearchCommand(options, out).run();
				case "calibrate" -> new CalibrateCommand(options, out).run();
				case "bench" -> new BenchCommand(options, out).run();
				default -> throw new UsageException("unknown command " + args[0]);
			}
		}
		catch (UsageException e) {
			err.println(e.getMessage());
			err.println(USAGE);
			System.exit(2);
		}
		catch (Exception e) {
			err.println("kb: " + e.getMessage());
			System.exit(1);
		}
	}

}
