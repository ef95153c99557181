package io.tsutawaru.batch.file;

import java.nio.charset.Charset;
import java.nio.file.Path;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Reads the records of a CSV file after its header, each with the line it starts on. Never fails on bad content:
 * a broken line becomes a {@link CsvRecord.Malformed} for the report and reading goes on. Its position (a byte
 * offset and a line number) is saved with every chunk, so a restarted import continues after the last committed
 * record instead of reading the file again.
 */
public class CsvRecordReader implements ItemStreamReader<CsvRecord> {

	private static final String OFFSET = "csv.offset";

	private static final String LINE = "csv.line";

	private final Path file;

	private final Charset charset;

	private final int maxLineBytes;

	private LineSource lines;

	private long nextOffset;

	private long nextLine;

	public CsvRecordReader(Path file, Charset charset, int maxLineBytes) {
		this.file = file;
		this.charset = charset;
		this.maxLineBytes = maxLineBytes;
	}

	@Override
	public void open(ExecutionContext context) {
		if (context.containsKey(OFFSET)) {
			nextOffset = context.getLong(OFFSET);
			nextLine = context.getLong(LINE);
			lines = new LineSource(file, nextOffset, nextLine, maxLineBytes);
		}
		else {
			lines = new LineSource(file, TextEncoding.textStart(file), 0, maxLineBytes);
			PhysicalLine header = lines.next();
			nextOffset = header == null ? TextEncoding.textStart(file) : header.end();
			nextLine = header == null ? 0 : header.number();
		}
	}

	@Override
	public CsvRecord read() {
		PhysicalLine first = lines.next();
		if (first == null) {
			return null;
		}
		if (first.tooLong()) {
			return moveAfter(first, new CsvRecord.Malformed(first.number(), "the line " + tooLong()));
		}
		var text = TextEncoding.decode(first.bytes(), charset);
		if (text.isEmpty()) {
			return moveAfter(first, new CsvRecord.Malformed(first.number(), "the line " + notDecodable()));
		}
		if (!CsvFields.opensQuote(text.get(), false)) {
			return moveAfter(first, CsvFields.split(first.number(), text.get()));
		}
		return continuedRecord(first, new StringBuilder(text.get()));
	}

	/** A record whose quoted field goes on over the next lines, as answers with paragraphs do. */
	private CsvRecord continuedRecord(PhysicalLine first, StringBuilder record) {
		long limit = 4L * maxLineBytes;
		for (PhysicalLine line = lines.next(); line != null; line = lines.next()) {
			if (line.tooLong()) {
				return moveAfter(line, new CsvRecord.Malformed(first.number(),
						"line " + line.number() + " inside this record " + tooLong()));
			}
			var text = TextEncoding.decode(line.bytes(), charset);
			if (text.isEmpty()) {
				return moveAfter(line, new CsvRecord.Malformed(first.number(),
						"line " + line.number() + " inside this record " + notDecodable()));
			}
			record.append('\n').append(text.get());
			if (!CsvFields.opensQuote(text.get(), true)) {
				CsvRecord parsed = CsvFields.split(first.number(), record.toString());
				if (parsed instanceof CsvRecord.Parsed) {
					return moveAfter(line, parsed);
				}
				break;
			}
			if (record.length() > limit) {
				break;
			}
		}
		// The quote never closes, or closes in a way that does not parse: most likely a stray quote. Reject this
		// line only and read on from the next one, so one typo does not swallow the lines after it.
		lines.close();
		lines = new LineSource(file, first.end(), first.number(), maxLineBytes);
		return moveAfter(first, new CsvRecord.Malformed(first.number(),
				"a quote opens a field that is never closed properly; a quote inside a field must be written as two quotes (\"\")"));
	}

	private CsvRecord moveAfter(PhysicalLine last, CsvRecord record) {
		nextOffset = last.end();
		nextLine = last.number();
		return record;
	}

	private String tooLong() {
		return "is longer than " + maxLineBytes + " bytes and was not read";
	}

	private String notDecodable() {
		return "is not valid " + TextEncoding.label(charset) + " text (broken characters); save the file again as UTF-8";
	}

	@Override
	public void update(ExecutionContext context) {
		context.putLong(OFFSET, nextOffset);
		context.putLong(LINE, nextLine);
	}

	@Override
	public void close() {
		if (lines != null) {
			lines.close();
			lines = null;
		}
	}

}
