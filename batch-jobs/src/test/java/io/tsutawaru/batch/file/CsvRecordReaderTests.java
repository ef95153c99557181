package io.tsutawaru.batch.file;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.tsutawaru.batch.TestFiles;
import io.tsutawaru.kb.StaffCsvRow;
import org.junit.jupiter.api.Test;

import org.springframework.batch.infrastructure.item.ExecutionContext;

import static org.assertj.core.api.Assertions.assertThat;

class CsvRecordReaderTests {

	@Test
	void quotedFieldsMaySpanLinesAndKeepTheirFirstLineNumber() {
		List<StaffCsvRow> records = readAll(
				"id,answer\n1,\"first paragraph\n\nsecond, with \"\"quotes\"\"\"\n2,plain\n", new ExecutionContext());

		assertThat(records).containsExactly(
				new StaffCsvRow.Fields(2, List.of("1", "first paragraph\n\nsecond, with \"quotes\"")),
				new StaffCsvRow.Fields(5, List.of("2", "plain")));
	}

	@Test
	void aStrayQuoteRejectsOnlyItsLine() {
		List<StaffCsvRow> records = readAll("a,b\n\"open,1\n\"x\"y,2\n3,\"ok\"\n", new ExecutionContext());

		assertThat(records).extracting(StaffCsvRow::line).containsExactly(2L, 3L, 4L);
		assertThat(((StaffCsvRow.Malformed) records.get(0)).reason()).contains("never closed");
		assertThat(((StaffCsvRow.Malformed) records.get(1)).reason()).contains("text follows the closing quote");
		assertThat(records.get(2)).isEqualTo(new StaffCsvRow.Fields(4, List.of("3", "ok")));
	}

	@Test
	void continuesFromTheSavedPosition() {
		Path file = TestFiles.write("resume", "h\r\none\r\ntwo\r\nthree\r\n".getBytes(StandardCharsets.UTF_8));
		CsvRecordReader first = new CsvRecordReader(file, StandardCharsets.UTF_8, 1024);
		ExecutionContext context = new ExecutionContext();
		first.open(context);
		first.read();
		first.update(context);
		first.close();

		CsvRecordReader again = new CsvRecordReader(file, StandardCharsets.UTF_8, 1024);
		again.open(context);

		assertThat(again.read()).isEqualTo(new StaffCsvRow.Fields(3, List.of("two")));
		assertThat(again.read()).isEqualTo(new StaffCsvRow.Fields(4, List.of("three")));
		assertThat(again.read()).isNull();
		again.close();
	}

	private static List<StaffCsvRow> readAll(String content, ExecutionContext context) {
		CsvRecordReader reader = new CsvRecordReader(
				TestFiles.write("records", content.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8, 1024);
		reader.open(context);
		List<StaffCsvRow> records = new ArrayList<>();
		for (StaffCsvRow record = reader.read(); record != null; record = reader.read()) {
			records.add(record);
		}
		reader.close();
		return records;
	}

}
