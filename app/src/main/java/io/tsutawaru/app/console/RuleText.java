package io.tsutawaru.app.console;

/** Writes values into the notifier's segment rule language. */
final class RuleText {

	private RuleText() {
	}

	/**
	 * A value as a rule string. The language has no escape character, so a value that
	 * itself holds a double quote is written in 「」 brackets, which the parser accepts as
	 * well.
	 */
	static String quoted(String value) {
		return value.contains("\"") ? "「" + value + "」" : "\"" + value + "\"";
	}

}
