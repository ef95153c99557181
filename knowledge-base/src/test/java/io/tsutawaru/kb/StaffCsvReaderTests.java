package io.tsutawaru.kb;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import io.tsutawaru.text.StaffCsvEncoding;
import org.junit.jupiter.api.Test;

class StaffCsvReaderTests {

	@Test
	void quotedFieldsMaySpanLinesAndKeepTheirFirstLineNumber() {
		var rows = readAll("id,answer\n1,\"first paragraph\n\nsecond, with \"\"quotes\"\"\"\n2,plain", 0);

		assertThat(rows).containsExactly(new StaffCsvRow.Fields(1, List.of("id", "answer")),
				new StaffCsvRow.Fields(2, List.of("1", "first paragraph\n\nsecond, with \"quotes\"")),
				new StaffCsvRow.Fields(5, List.of("2", "plain")));
	}

	@Test
	void aBrokenQuoteRejectsOnlyItsFirstLineAndReadingGoesOn() {
		var rows = readAll("a,b\n\"open,1\nx\"y,2\n\"closed\"then,3\n3,\"ok\"\n", 1);

		assertThat(rows).extracting(StaffCsvRow::line).containsExactly(2L, 3L, 4L, 5L);
		assertThat(((StaffCsvRow.Malformed) rows.get(0)).reason()).contains("never closed");
		// A quote inside an unquoted field is text, as Commons CSV (and Excel) read it.
		assertThat(rows.get(1)).isEqualTo(new StaffCsvRow.Fields(3, List.of("x\"y", "2")));
		assertThat(((StaffCsvRow.Malformed) rows.get(2)).reason()).contains("text follows the closing quote");
		assertThat(rows.get(3)).isEqualTo(new StaffCsvRow.Fields(5, List.of("3", "ok")));
	}

	@Test
	void brokenCharactersAndTooLongLinesAreRejectedRowByRow() {
		var bytes = new ByteArrayOutputStream();
		bytes.writeBytes("email,area\nfirst,北部\n".getBytes(StandardCharsets.UTF_8));
		byte[] broken = "broken,\u5317\n".getBytes(StandardCharsets.UTF_8);
		broken[broken.length - 2] = (byte) 0xFF;
		bytes.writeBytes(broken);
		bytes.writeBytes(("huge," + "x".repeat(5000) + "\r\nlast,南部\r\n").getBytes(StandardCharsets.UTF_8));
		byte[] file = bytes.toByteArray();

		var rows = read(file, StaffCsvEncoding.of(() -> new ByteArrayInputStream(file)), 1);

		assertThat(rows).hasSize(4);
		assertThat(rows.get(0)).isEqualTo(new StaffCsvRow.Fields(2, List.of("first", "北部")));
		assertThat(((StaffCsvRow.Malformed) rows.get(1)).reason()).startsWith("the line is not valid UTF-8");
		assertThat(((StaffCsvRow.Malformed) rows.get(2)).reason()).contains("longer than 1024 bytes");
		assertThat(rows.get(3)).isEqualTo(new StaffCsvRow.Fields(5, List.of("last", "南部")));
	}

	@Test
	void aByteOrderMarkIsNotPartOfTheFirstColumn() {
		byte[] file = "\uFEFFid,question\n1,q\n".getBytes(StandardCharsets.UTF_8);

		assertThat(StaffCsvEncoding.of(() -> new ByteArrayInputStream(file))).isEqualTo(StandardCharsets.UTF_8);
		assertThat(read(file, StandardCharsets.UTF_8, 0).getFirst())
			.isEqualTo(new StaffCsvRow.Fields(1, List.of("id", "question")));
	}

	@Test
	void shiftJisIsDecidedForTheWholeFileWhenNoLineIsUtf8() {
		byte[] file = "id,question\n1,㈱ツバキ運送①\n2,ascii only\n".getBytes(Charset.forName("windows-31j"));

		Charset charset = StaffCsvEncoding.of(() -> new ByteArrayInputStream(file));

		assertThat(StaffCsvEncoding.label(charset)).isEqualTo("Shift_JIS");
		assertThat(read(file, charset, 1)).extracting(row -> ((StaffCsvRow.Fields) row).fields().get(1))
			.containsExactly("㈱ツバキ運送①", "ascii only");
	}

	@Test
	void continuesAfterTheLinesItWasToldToPass() {
		byte[] file = "h\r\none\r\n\"two\r\nlines\"\r\n\r\nthree".getBytes(StandardCharsets.UTF_8);
		long passed;
		try (var first = StaffCsvReader.open(file, StandardCharsets.UTF_8, 1024)) {
			first.next();
			first.next();
			assertThat(first.next()).isEqualTo(new StaffCsvRow.Fields(3, List.of("two\nlines")));
			passed = first.lines();
		}

		var again = new ArrayList<StaffCsvRow>();
		try (var reader = StaffCsvReaderTests.openAfter(file, passed)) {
			for (StaffCsvRow row = reader.next(); row != null; row = reader.next()) {
				again.add(row);
			}
			assertThat(reader.lines()).isEqualTo(6);
		}

		assertThat(passed).isEqualTo(4);
		assertThat(again).containsExactly(new StaffCsvRow.Fields(6, List.of("three")));
	}

	private static StaffCsvReader openAfter(byte[] file, long lines) {
		try {
			var path = java.nio.file.Files.createTempFile("staff-csv", ".csv");
			path.toFile().deleteOnExit();
			java.nio.file.Files.write(path, file);
			return StaffCsvReader.open(path, StandardCharsets.UTF_8, lines, 1024);
		}
		catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	private static List<StaffCsvRow> readAll(String content, int skipRows) {
		return read(content.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8, skipRows);
	}

	private static List<StaffCsvRow> read(byte[] file, Charset charset, int skipRows) {
		var rows = new ArrayList<StaffCsvRow>();
		try (var reader = StaffCsvReader.open(file, charset, 1024)) {
			for (StaffCsvRow row = reader.next(); row != null; row = reader.next()) {
				rows.add(row);
			}
		}
		return rows.subList(skipRows, rows.size());
	}

}
