package io.tsutawaru.shelters;

import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

import io.tsutawaru.text.StaffCsvEncoding;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A shelter list in the national standard open-data format (自治体標準オープンデータセット 「指定緊急避難場所一覧」
 * or 「指定避難所一覧」), read with Commons CSV one row at a time. The header decides which list
 * it is and is checked when the list is opened; every row after it comes out checked
 * ({@link ShelterRow}), with the line it starts on. Reading never fails over a row: a row
 * that does not parse ends the list with one rejected row saying where.
 */
public final class ShelterList implements Iterator<ShelterRow>, Closeable {

	/**
	 * Larger than any city's list (a few thousand rows); a file beyond it is refused
	 * rather than read into memory.
	 */
	static final long MAX_BYTES = 64L * 1024 * 1024;

	private final CSVParser parser;

	private final Iterator<CSVRecord> records;

	private final ShelterColumns columns;

	private final RowCheck check;

	private final Charset charset;

	private ShelterRow next;

	private boolean broken;

	private ShelterList(CSVParser parser, Charset charset) {
		this.parser = parser;
		this.charset = charset;
		this.records = parser.iterator();
		if (!records.hasNext()) {
			throw new ShelterListRejectedException("the file is empty; its first line must be the format's header");
		}
		this.columns = ShelterColumns.of(records.next().toList());
		this.check = new RowCheck(columns);
	}

	/**
	 * Opens a list and checks its header. UTF-8 (with or without a byte-order mark) and
	 * Shift_JIS (as Excel saves it) are told apart by the bytes.
	 * @throws ShelterListRejectedException when the file cannot be read or its header is
	 * not the format's
	 */
	public static ShelterList open(Path file) {
		try {
			if (!Files.isReadable(file)) {
				throw new ShelterListRejectedException("the file " + file.getFileName() + " cannot be read");
			}
			if (Files.size(file) > MAX_BYTES) {
				throw new ShelterListRejectedException("the file is larger than " + MAX_BYTES / 1024 / 1024 + " MB");
			}
			byte[] bytes = Files.readAllBytes(file);
			// The one decision every file staff upload gets (FAQ and subscriber imports
			// too).
			Charset charset = StaffCsvEncoding.of(() -> new ByteArrayInputStream(bytes));
			var reader = new InputStreamReader(
					new ByteArrayInputStream(bytes, StaffCsvEncoding.byteOrderMark(bytes), bytes.length), charset);
			// Empty lines are kept as records (and skipped below) so that the parser's
			// line count stays the file's.
			CSVFormat format = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();
			return new ShelterList(CSVParser.parse(reader, format), charset);
		}
		catch (IOException | UncheckedIOException ex) {
			throw new ShelterListRejectedException("the file cannot be read as CSV: " + ex.getMessage());
		}
	}

	/** Which of the two national lists this is. */
	public ListKind kind() {
		return columns.kind();
	}

	/** The encoding the file was read in. */
	public Charset charset() {
		return charset;
	}

	@Override
	public boolean hasNext() {
		while (next == null && !broken) {
			long line = parser.getCurrentLineNumber() + 1;
			try {
				if (!records.hasNext()) {
					return false;
				}
				CSVRecord record = records.next();
				List<String> fields = record.toList();
				if (fields.size() == 1 && fields.getFirst().isBlank()) {
					continue;
				}
				next = check.check(line, fields);
			}
			catch (UncheckedIOException | IllegalStateException ex) {
				broken = true;
				next = new ShelterRow.Rejected(line,
						"a quote opens a field that is never closed properly (a quote inside a "
								+ "field is written as two quotes \"\"); the file was not read past this line");
			}
		}
		return next != null;
	}

	@Override
	public ShelterRow next() {
		if (!hasNext()) {
			throw new NoSuchElementException();
		}
		ShelterRow row = next;
		next = null;
		return row;
	}

	@Override
	public void close() {
		try {
			parser.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
