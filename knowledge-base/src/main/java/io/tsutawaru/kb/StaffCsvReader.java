package io.tsutawaru.kb;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.function.Supplier;

import io.tsutawaru.text.StaffCsvEncoding;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The one reader of the CSV files staff import (FAQ entries, subscriber lists), with
 * Commons CSV: comma separated, fields optionally in double quotes, {@code ""} for a
 * quote inside a quoted field, a quoted field may run over several lines. Each row comes
 * with the line it starts on. Bad content never stops the reading: a row with broken
 * characters, a too long line or a quote in the wrong place becomes a
 * {@link StaffCsvRow.Malformed} and reading goes on (after a broken quote, from the line
 * after the row's first line, so one typo does not swallow the rest). A line is limited
 * in characters, which is never more than its bytes, so "longer than N bytes" holds
 * whenever it is said. Blank rows are skipped. The header is the first row like any
 * other.
 *
 * <p>
 * It can start after any number of lines ({@link #lines()} says how many it has read),
 * which is how a restarted import continues after the last row it committed.
 */
public final class StaffCsvReader implements AutoCloseable {

	// Empty lines are kept as records so that the line numbers of the rows after them
	// stay exact.
	private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get();

	private final Supplier<InputStream> content;

	private final Charset charset;

	private final int maxLineChars;

	private StaffCsvText text;

	private CSVParser parser;

	private Iterator<CSVRecord> records;

	private long linesBefore;

	private long lines;

	private StaffCsvReader(Supplier<InputStream> content, Charset charset, long linesBefore, int maxLineChars) {
		this.content = content;
		this.charset = charset;
		this.maxLineChars = maxLineChars;
		startAfter(linesBefore);
	}

	/**
	 * Opens a file.
	 * @param file the file
	 * @param charset its encoding, as {@link StaffCsvEncoding} decided it
	 * @param linesBefore how many lines to pass over first (0 to read the header)
	 * @param maxLineChars the longest line read; a longer one is rejected without being
	 * held in memory
	 * @return the reader, to close
	 */
	public static StaffCsvReader open(Path file, Charset charset, long linesBefore, int maxLineChars) {
		return new StaffCsvReader(() -> {
			try {
				return Files.newInputStream(file);
			}
			catch (IOException e) {
				throw new UncheckedIOException("Cannot read " + file.getFileName(), e);
			}
		}, charset, linesBefore, maxLineChars);
	}

	/**
	 * Opens a file held in memory.
	 * @param bytes the file's bytes
	 * @param charset its encoding, as {@link StaffCsvEncoding} decided it
	 * @param maxLineChars the longest line read
	 * @return the reader, to close
	 */
	public static StaffCsvReader open(byte[] bytes, Charset charset, int maxLineChars) {
		return new StaffCsvReader(() -> new ByteArrayInputStream(bytes), charset, 0, maxLineChars);
	}

	/**
	 * The next row.
	 * @return the row, or {@code null} at the end of the file
	 */
	public StaffCsvRow next() {
		while (true) {
			long start = lines + 1;
			CSVRecord record;
			try {
				if (!records.hasNext()) {
					return null;
				}
				record = records.next();
			}
			catch (UncheckedIOException | IllegalStateException e) {
				// The parser counts the line it is in as a line: past the row's first
				// line means a quote ran on.
				boolean neverClosed = linesBefore + parser.getCurrentLineNumber() > start
						|| String.valueOf(e.getMessage()).contains("EOF reached before encapsulated token");
				startAfter(start);
				return new StaffCsvRow.Malformed(start, neverClosed
						? "a quote opens a field that is never closed properly; a quote inside a field must be written"
								+ " as two quotes (\"\")"
						: "text follows the closing quote of a field; a quote inside a field must be written as two"
								+ " quotes (\"\")");
			}
			text.rowEnded();
			lines = linesBefore + parser.getCurrentLineNumber();
			StaffCsvText.Problem problem = text.problem(start, lines);
			// A line break inside a cell is one "\n" whatever the file's line ends are
			// (Excel ends rows with \r\n).
			List<String> fields = record.stream()
				.map(field -> field.indexOf('\r') < 0 ? field : field.replace("\r\n", "\n").replace('\r', '\n'))
				.toList();
			if (fields.stream().allMatch(String::isBlank) && problem == null) {
				continue;
			}
			return problem == null ? new StaffCsvRow.Fields(start, fields)
					: new StaffCsvRow.Malformed(start, reason(problem, start));
		}
	}

	private String reason(StaffCsvText.Problem problem, long start) {
		String where = lines > start ? "a line of this row" : "the line";
		return switch (problem) {
			case TOO_LONG -> where + " is longer than " + maxLineChars + " bytes and was not read";
			case BROKEN -> where + " is not valid " + StaffCsvEncoding.label(charset)
					+ " text (broken characters); save the file again as UTF-8";
		};
	}

	/**
	 * How many lines of the file lie before the next row: where a reader opened later
	 * should start to go on.
	 * @return the lines read, including the rows' line ends
	 */
	public long lines() {
		return lines;
	}

	/**
	 * Opens the file again and passes over lines as the parser counts them ({@code \r\n},
	 * {@code \n} or {@code \r}).
	 */
	private void startAfter(long skipped) {
		close();
		text = new StaffCsvText(content.get(), charset, maxLineChars);
		var reader = new PushbackReader(text, 1);
		try {
			for (long passed = 0; passed < skipped;) {
				int c = reader.read();
				if (c == -1) {
					break;
				}
				if (c == '\r') {
					int after = reader.read();
					if (after != '\n' && after != -1) {
						reader.unread(after);
					}
					passed++;
				}
				else if (c == '\n') {
					passed++;
				}
			}
			text.rowEnded();
			parser = CSVParser.parse(reader, FORMAT);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot read the file", e);
		}
		records = parser.iterator();
		linesBefore = skipped;
		lines = skipped;
	}

	@Override
	public void close() {
		try {
			if (parser != null) {
				parser.close();
			}
			else if (text != null) {
				text.close();
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		parser = null;
		text = null;
	}

}
