package io.tsutawaru.batch.file;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.tsutawaru.batch.TestFiles;
import org.junit.jupiter.api.Test;

import org.springframework.batch.infrastructure.item.ExecutionContext;

import static org.assertj.core.api.Assertions.assertThat;

class CsvRecordReaderTests {

	@Test
	void quotedFieldsMaySpanLinesAndKeepTheirFirstLineNumber() {
		List<CsvRecord> records = readAll("id,answer\n1,\"first paragraph\n\nsecond, with \"\"quotes\"\"\"\n2,plain\n", new ExecutionContext());

		assertThat(records).containsExactly(
				new CsvRecord.Parsed(2, List.of("1", "first paragraph\n\nsecond, with \"quotes\""),
						"1,\"first paragraph\n\nsecond, with \"\"quotes\"\"\""),
				new CsvRecord.Parsed(5, List.of("2", "plain"), "2,plain"));
	}

	@Test
	void aStrayQuoteRejectsOnlyItsLine() {
		List<CsvRecord> records = readAll("a,b\n\"open,1\nx\"y,2\n3,\"ok\"\n", new ExecutionContext());

		assertThat(records).extracting(CsvRecord::line).containsExactly(2L, 3L, 4L);
		assertThat(records.get(0)).isInstanceOf(CsvRecord.Malformed.class);
		assertThat(((CsvRecord.Malformed) records.get(1)).reason()).contains("quote in the middle of field 1");
		assertThat(records.get(2)).isEqualTo(new CsvRecord.Parsed(4, List.of("3", "ok"), "3,\"ok\""));
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

		assertThat(again.read()).isEqualTo(new CsvRecord.Parsed(3, List.of("two"), "two"));
		assertThat(again.read()).isEqualTo(new CsvRecord.Parsed(4, List.of("three"), "three"));
		assertThat(again.read()).isNull();
		again.close();
	}

	private static List<CsvRecord> readAll(String content, ExecutionContext context) {
		CsvRecordReader reader = new CsvRecordReader(TestFiles.write("records", content.getBytes(StandardCharsets.UTF_8)),
				StandardCharsets.UTF_8, 1024);
		reader.open(context);
		List<CsvRecord> records = new ArrayList<>();
		for (CsvRecord record = reader.read(); record != null; record = reader.read()) {
			records.add(record);
		}
		reader.close();
		return records;
	}

}
