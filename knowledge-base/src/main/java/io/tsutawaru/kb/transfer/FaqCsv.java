package io.tsutawaru.kb.transfer;

import io.tsutawaru.kb.Contact;
import io.tsutawaru.kb.FaqEntry;
import io.tsutawaru.kb.StaffCsvReader;
import io.tsutawaru.kb.StaffCsvRow;
import java.io.ByteArrayInputStream;
import io.tsutawaru.text.CsvCell;
import io.tsutawaru.text.StaffCsvEncoding;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * FAQ entries as CSV with a header row, the way department staff keep them in Excel.
 * Columns: {@code id, question,
 * alternatives, answer, category, department, phone, hours, url, language, published};
 * alternatives separated by {@code |}. Only id, question and answer are required columns.
 */
public final class FaqCsv {

	static final List<String> COLUMNS = List.of("id", "question", "alternatives", "answer", "category", "department",
			"phone", "hours", "url", "language", "published");

	private static final Set<String> REQUIRED = Set.of("id", "question", "answer");

	private static final String ALTERNATIVE_SEPARATOR = "|";

	private static final byte[] UTF8_BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	/**
	 * The longest line a whole-file read takes, as the import job's default
	 * ({@code tsutawaru.batch.max-line-bytes}).
	 */
	private static final int MAX_LINE_CHARS = 1 << 16;

	private FaqCsv() {
	}

	/**
	 * Reads a whole CSV file with the reader and the encoding decision every import uses
	 * ({@link StaffCsvReader}, {@link StaffCsvEncoding}).
	 * @param csv the bytes; not closed
	 * @return the rows read and the rows rejected, with line numbers (the header is line
	 * 1)
	 */
	public static ParsedEntries read(InputStream csv) {
		byte[] bytes;
		try {
			bytes = csv.readAllBytes();
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot read the CSV file", e);
		}
		Charset charset = StaffCsvEncoding.of(() -> new ByteArrayInputStream(bytes));
		try (StaffCsvReader reader = StaffCsvReader.open(bytes, charset, MAX_LINE_CHARS)) {
			StaffCsvRow first = reader.next();
			if (first == null) {
				return ParsedEntries.failed(1, "the file is empty; the first line must name the columns");
			}
			if (!(first instanceof StaffCsvRow.Fields header)) {
				return ParsedEntries.failed(1,
						"the header cannot be read: " + ((StaffCsvRow.Malformed) first).reason());
			}
			var rows = new ArrayList<StaffCsvRow>();
			for (StaffCsvRow row = reader.next(); row != null; row = reader.next()) {
				rows.add(row);
			}
			return rows(header.fields(), rows);
		}
	}

	/**
	 * Reads rows under a header into entries: what a whole file and each chunk of the
	 * import job go through.
	 * @param headerFields the file's first row
	 * @param rows rows of the file, in file order
	 * @return the entries and the rejected rows (a malformed row is rejected with its
	 * reason)
	 */
	public static ParsedEntries rows(List<String> headerFields, List<StaffCsvRow> rows) {
		Map<String, Integer> header = header(headerFields);
		var missing = REQUIRED.stream().filter(column -> !header.containsKey(column)).sorted().toList();
		if (!missing.isEmpty()) {
			return ParsedEntries.failed(1, "the header lacks the column(s) " + String.join(", ", missing)
					+ "; expected " + String.join(",", COLUMNS));
		}
		var entries = new ParsedEntries.Builder();
		for (StaffCsvRow row : rows) {
			switch (row) {
				case StaffCsvRow.Malformed bad -> entries.reject(bad.line(), bad.reason());
				case StaffCsvRow.Fields fields -> {
					try {
						entries.add(fields.line(), entry(fields.fields(), header));
					}
					catch (FieldValues.BadValueException e) {
						entries.reject(fields.line(), e.getMessage());
					}
				}
			}
		}
		return entries.build();
	}

	private static Map<String, Integer> header(List<String> names) {
		var header = new TreeMap<String, Integer>();
		for (int i = 0; i < names.size(); i++) {
			header.putIfAbsent(names.get(i).replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT), i);
		}
		return header;
	}

	private static FaqEntry entry(List<String> record, Map<String, Integer> header) {
		String phone = FieldValues.text(cell(record, header, "phone"));
		String hours = FieldValues.text(cell(record, header, "hours"));
		return new FaqEntry(FieldValues.text(cell(record, header, "id")),
				FieldValues.text(cell(record, header, "question")), alternatives(cell(record, header, "alternatives")),
				FieldValues.text(cell(record, header, "answer")), FieldValues.text(cell(record, header, "category")),
				FieldValues.text(cell(record, header, "department")),
				phone == null && hours == null ? null : new Contact(phone, hours),
				FieldValues.url(cell(record, header, "url")), FieldValues.language(cell(record, header, "language")),
				Instant.EPOCH, FieldValues.published(cell(record, header, "published")));
	}

	private static String cell(List<String> record, Map<String, Integer> header, String column) {
		Integer index = header.get(column);
		return index == null || index >= record.size() ? null : CsvCell.restored(record.get(index));
	}

	private static List<String> alternatives(String cell) {
		if (cell == null || cell.isBlank()) {
			return List.of();
		}
		return Arrays.stream(cell.split("\\" + ALTERNATIVE_SEPARATOR))
			.map(String::strip)
			.filter(text -> !text.isEmpty())
			.toList();
	}

	/**
	 * Writes entries as UTF-8 CSV with a byte-order mark, which Excel needs to open UTF-8
	 * correctly. Every cell a spreadsheet would read as a formula is quoted
	 * ({@link CsvCell}); {@link #read} takes the quote away again.
	 * @param entries the entries
	 * @param out where to write; flushed, not closed
	 */
	public static void write(List<FaqEntry> entries, OutputStream out) {
		try {
			out.write(UTF8_BOM);
			Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
			var printer = new CSVPrinter(writer, CSVFormat.DEFAULT);
			printer.printRecord(COLUMNS);
			for (FaqEntry entry : entries) {
				Contact contact = entry.contact() == null ? new Contact(null, null) : entry.contact();
				printer.printRecord(
						Stream
							.of(entry.id(), entry.question(), String.join(ALTERNATIVE_SEPARATOR, entry.alternatives()),
									entry.answer(), entry.category(), entry.department(), contact.phone(),
									contact.hours(), entry.url() == null ? null : entry.url().toString(),
									entry.language(), String.valueOf(entry.published()))
							.map(CsvCell::neutralised));
			}
			printer.flush();
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot write the CSV export", e);
		}
	}

}
