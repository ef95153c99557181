package io.tsutawaru.kb.transfer;

import io.tsutawaru.kb.FaqEntry;
import io.tsutawaru.kb.ImportReport.RejectedRow;
import java.util.ArrayList;
import java.util.List;

/**
 * What a file held: the entries that could be read, each with its line (or position), and
 * the rows that could not, with the reason. A bad row never hides the good ones.
 *
 * @param entries the rows read, in file order
 * @param rejected the rows that could not be read, in file order
 */
public record ParsedEntries(List<Row> entries, List<RejectedRow> rejected) {

	/** Copies the lists so the value stays immutable. */
	public ParsedEntries {
		entries = List.copyOf(entries);
		rejected = List.copyOf(rejected);
	}

	/**
	 * One entry read from a file.
	 *
	 * @param line its line in a CSV file, or its 1-based position in a JSON document
	 * @param entry the entry, not yet validated
	 */
	public record Row(long line, FaqEntry entry) {
	}

	static ParsedEntries failed(long line, String reason) {
		return new ParsedEntries(List.of(), List.of(new RejectedRow(line, reason)));
	}

	/** Collects rows while a file is read. */
	static final class Builder {

		private final List<Row> entries = new ArrayList<>();

		private final List<RejectedRow> rejected = new ArrayList<>();

		void add(long line, FaqEntry entry) {
			entries.add(new Row(line, entry));
		}

		void reject(long line, String reason) {
			rejected.add(new RejectedRow(line, reason));
		}

		ParsedEntries build() {
			return new ParsedEntries(entries, rejected);
		}

	}
}
