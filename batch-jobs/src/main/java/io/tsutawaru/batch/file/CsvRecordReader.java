package io.tsutawaru.batch.file;

import java.nio.charset.Charset;
import java.nio.file.Path;

import io.tsutawaru.kb.StaffCsvReader;
import io.tsutawaru.kb.StaffCsvRow;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Reads the rows of a CSV file after its header, each with the line it starts on, through
 * the knowledge base's reader of staff files ({@link StaffCsvReader}, the one every
 * import uses). Never fails on bad content: a broken row becomes a
 * {@link StaffCsvRow.Malformed} for the report and reading goes on. The number of lines
 * read is saved with every chunk, so a restarted import continues after the last
 * committed row instead of importing the file again.
 */
public class CsvRecordReader implements ItemStreamReader<StaffCsvRow> {

	private static final String LINE = "csv.line";

	private final Path file;

	private final Charset charset;

	private final int maxLineBytes;

	private StaffCsvReader rows;

	public CsvRecordReader(Path file, Charset charset, int maxLineBytes) {
		this.file = file;
		this.charset = charset;
		this.maxLineBytes = maxLineBytes;
	}

	@Override
	public void open(ExecutionContext context) {
		if (context.containsKey(LINE)) {
			rows = StaffCsvReader.open(file, charset, context.getLong(LINE), maxLineBytes);
		}
		else {
			rows = StaffCsvReader.open(file, charset, 0, maxLineBytes);
			rows.next(); // the header, which the check step read
		}
	}

	@Override
	public StaffCsvRow read() {
		return rows.next();
	}

	@Override
	public void update(ExecutionContext context) {
		context.putLong(LINE, rows.lines());
	}

	@Override
	public void close() {
		if (rows != null) {
			rows.close();
			rows = null;
		}
	}

}
