package io.tsutawaru.batch.file;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits one complete CSV record (RFC 4180: comma separated, fields optionally in double quotes, {@code ""} for a
 * quote inside a quoted field) into fields. A quote anywhere else is an error rather than something to guess at.
 */
final class CsvFields {

	private CsvFields() {
	}

	/**
	 * Whether a quoted field is still open at the end of this line, i.e. the record goes on on the next line. Only
	 * a quote at the start of a field opens one; a stray quote elsewhere is left for {@link #split} to report.
	 */
	static boolean opensQuote(String text, boolean alreadyOpen) {
		State state = alreadyOpen ? State.QUOTED : State.FIELD_START;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			state = switch (state) {
				case FIELD_START -> c == '"' ? State.QUOTED : c == ',' ? State.FIELD_START : State.UNQUOTED;
				case UNQUOTED -> c == ',' ? State.FIELD_START : State.UNQUOTED;
				case QUOTED -> c == '"' ? State.QUOTE_IN_QUOTED : State.QUOTED;
				case QUOTE_IN_QUOTED -> c == '"' ? State.QUOTED : c == ',' ? State.FIELD_START : State.UNQUOTED;
			};
		}
		return state == State.QUOTED;
	}

	private enum State {
		FIELD_START, UNQUOTED, QUOTED, QUOTE_IN_QUOTED
	}

	/** The record's fields, or why it does not parse. */
	static CsvRecord split(long line, String record) {
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		int i = 0;
		int n = record.length();
		while (true) {
			field.setLength(0);
			if (i < n && record.charAt(i) == '"') {
				i++;
				while (true) {
					if (i >= n) {
						return new CsvRecord.Malformed(line, "a quoted field is not closed (field " + (fields.size() + 1) + ")");
					}
					char c = record.charAt(i++);
					if (c == '"') {
						if (i < n && record.charAt(i) == '"') {
							field.append('"');
							i++;
						}
						else {
							break;
						}
					}
					else {
						field.append(c);
					}
				}
				if (i < n && record.charAt(i) != ',') {
					return new CsvRecord.Malformed(line, "text follows the closing quote of field " + (fields.size() + 1)
							+ "; a quote inside a field must be written as two quotes (\"\")");
				}
			}
			else {
				while (i < n && record.charAt(i) != ',') {
					char c = record.charAt(i++);
					if (c == '"') {
						return new CsvRecord.Malformed(line, "a quote in the middle of field " + (fields.size() + 1)
								+ "; put the whole field in quotes and write the quote as two quotes (\"\")");
					}
					field.append(c);
				}
			}
			fields.add(field.toString());
			if (i >= n) {
				return new CsvRecord.Parsed(line, fields, record);
			}
			i++; // the comma
		}
	}

}
