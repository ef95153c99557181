package io.tsutawaru.batch.faq;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.tsutawaru.batch.BatchJobs;
import io.tsutawaru.batch.BatchTestApplication;
import io.tsutawaru.batch.JobLaunchRefusedException;
import io.tsutawaru.batch.JobRun;
import io.tsutawaru.batch.TestFiles;
import io.tsutawaru.kb.FaqEditor;
import io.tsutawaru.kb.FaqEntry;
import io.tsutawaru.kb.ImportReport;
import io.tsutawaru.kb.KnowledgeBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * faqImportJob through the real knowledge base (database and Lucene index). Ids carry a
 * prefix per test.
 */
@SpringBatchTest
@SpringBootTest(classes = BatchTestApplication.class)
abstract class FaqImportJobTests {

	@Autowired
	BatchJobs jobs;

	@Autowired
	KnowledgeBase knowledgeBase;

	@Autowired
	FaqEditor editor;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JobRepository repository;

	String prefix;

	@BeforeEach
	void newPrefix() {
		prefix = "t" + UUID.randomUUID().toString().substring(0, 8) + "-";
	}

	@Test
	void importsCsvEntriesAndReportsRejectedRowsByTheirLineInTheWholeFile() throws Exception {
		Path file = csv("""
				id,question,alternatives,answer,category
				%1$s1,粗大ごみの出し方は？,粗大ごみ|大型ごみ,"申込制です。
				電話で予約してください。",ごみ
				%1$s2,パスポートの申請場所は？,,,窓口
				%1$s3,"壊れた"引用,,答え,
				%1$s4,保育園の申し込みは？,,子育て支援課へ,保育
				""".formatted(prefix));

		JobRun run = jobs.runToEnd("faqImportJob", Map.of("file", file.toString()));

		assertThat(run.status()).isEqualTo(JobRun.RunStatus.COMPLETED);
		assertThat(run.counts()).containsEntry("imported", 2L).containsEntry("rejected", 2L);
		FaqEntry first = knowledgeBase.find(prefix + "1").orElseThrow();
		assertThat(first.answer()).isEqualTo("申込制です。\n電話で予約してください。");
		assertThat(first.alternatives()).containsExactly("粗大ごみ", "大型ごみ");
		assertThat(knowledgeBase.find(prefix + "2")).isEmpty();
		assertThat(knowledgeBase.search("保育園 申し込み", "ja").candidates())
			.anySatisfy(c -> assertThat(c.entry().id()).isEqualTo(prefix + "4"));
		String report = Files.readString(jobs.report(run.id()).orElseThrow().path());
		assertThat(report).contains("\n4,\"").contains("\n5,\"text follows the closing quote");
	}

	/**
	 * Issue 19, item 3: the knowledge base's own import of a whole file (what the console
	 * called) and faqImportJob read the same file the same way: the same entries and the
	 * same rejected rows, line for line.
	 */
	@Test
	void theKnowledgeBasesImportAndTheJobAgreeOnTrickyFiles() {
		String brokenQuotes = """
				\uFEFFid,question,alternatives,answer,category
				%1$sq1,"引用符の中の
				改行は？",,"一行目。

				三行目、""引用""付き。",手続
				%1$sq2,"閉じた"後に文字,,答え,

				%1$sq3,回答がない,,,
				%1$sq4,"閉じない引用,,答え,
				%1$sq5,その次の行は？,,読まれます。,
				%1$sq6,最後の行,,改行なしで終わる。,""";
		byte[] brokenUtf8 = "id,question,answer\n%1$sb1,北の地区は？,北部です。\n%1$sb2,壊れた行,\u5317\n%1$sb3,次の行,読まれる。\n"
			.getBytes(StandardCharsets.UTF_8);
		brokenUtf8[brokenUtf8.length - "\n%1$sb3,次の行,読まれる。\n".getBytes(StandardCharsets.UTF_8).length
				- 2] = (byte) 0xFF;
		String shiftJis = "id,question,answer,url\r\n%1$ss1,㈱ツバキ運送への依頼,①電話で申し込みます。,\r\n%1$ss2,住所,答え,相対/パス\r\n%1$ss3,\"セルの中の\r\n改行\",答え,\r\n";

		agree("quotes", brokenQuotes.getBytes(StandardCharsets.UTF_8));
		agree("broken-utf8", brokenUtf8);
		agree("shift-jis", shiftJis.getBytes(java.nio.charset.Charset.forName("windows-31j")));
	}

	/**
	 * The file's ids carry %1$s, filled with a prefix per path so both can import it into
	 * one knowledge base.
	 */
	private void agree(String name, byte[] template) {
		String kbPrefix = prefix + "kb-";
		String jobPrefix = prefix + "job-";
		var report = editor.importCsv(new java.io.ByteArrayInputStream(filled(template, kbPrefix)));
		JobRun run = jobs.runToEnd("faqImportJob",
				Map.of("file", TestFiles.write(name, filled(template, jobPrefix)).toString()));

		var jobRejected = jdbc
			.sql("SELECT r.line, r.reason FROM batch_rejected_rows r JOIN BATCH_JOB_EXECUTION e "
					+ "ON e.JOB_INSTANCE_ID = r.job_instance_id WHERE e.JOB_EXECUTION_ID = ? ORDER BY r.line")
			.param(run.id())
			.query((rs, n) -> new ImportReport.RejectedRow(rs.getLong(1), rs.getString(2).replace(jobPrefix, kbPrefix)))
			.list();
		assertThat(jobRejected).as(name + ": rejected rows").isEqualTo(report.rejected()).isNotEmpty();
		assertThat(entries(jobPrefix)).as(name + ": entries").isEqualTo(entries(kbPrefix)).isNotEmpty();
		assertThat(run.counts()).containsEntry("imported", (long) report.imported());
	}

	private static byte[] filled(byte[] template, String idPrefix) {
		// The placeholder is ASCII, so it can be replaced in the bytes whatever the
		// file's encoding.
		String latin1 = new String(template, StandardCharsets.ISO_8859_1);
		return latin1.replace("%1$s", idPrefix).getBytes(StandardCharsets.ISO_8859_1);
	}

	private List<String> entries(String idPrefix) {
		return editor.list()
			.stream()
			.filter(entry -> entry.id().startsWith(idPrefix))
			.map(entry -> String.join(" / ", entry.id().substring(idPrefix.length()), entry.question(),
					String.join("|", entry.alternatives()), entry.answer(), String.valueOf(entry.category()),
					String.valueOf(entry.url()), entry.language(), String.valueOf(entry.published())))
			.toList();
	}

	@Test
	void importsJsonArraysAndLocalgovFaqObjects() {
		Path array = TestFiles.write("faq-array", """
				[{"id": "%1$sa", "question": "住民票の写しは？", "answer": "市民課で取れます。", "language": "ja"},
				 {"id": "%1$sb", "question": "", "answer": "質問がない"}]
				""".formatted(prefix).getBytes(StandardCharsets.UTF_8));
		Path object = TestFiles.write("faq-localgov", """
				{"%1$sc": "Question: 犬の登録は？\\nAnswer: 環境課で登録します。"}
				""".formatted(prefix).getBytes(StandardCharsets.UTF_8));

		JobRun fromArray = jobs.runToEnd("faqImportJob", Map.of("file", rename(array, ".json").toString()));
		JobRun fromObject = jobs.runToEnd("faqImportJob", Map.of("file", rename(object, ".json").toString()));

		assertThat(fromArray.counts()).containsEntry("imported", 1L).containsEntry("rejected", 1L);
		assertThat(fromObject.counts()).containsEntry("imported", 1L).containsEntry("rejected", 0L);
		assertThat(knowledgeBase.find(prefix + "a")).isPresent();
		assertThat(knowledgeBase.find(prefix + "c").orElseThrow().answer()).contains("環境課");
	}

	@Test
	void brokenJsonIsRejectedWholeAndNothingIsImported() {
		Path broken = rename(TestFiles.write("faq-broken", """
				[{"id": "%1$sx", "question": "q", "answer": "a"},
				 {"id": "%1$sy", "question": "q" "answer": "a"}]
				""".formatted(prefix).getBytes(StandardCharsets.UTF_8)), ".json");

		JobRun run = jobs.runToEnd("faqImportJob", Map.of("file", broken.toString()));

		assertThat(run.status()).isEqualTo(JobRun.RunStatus.FAILED);
		assertThat(run.summary()).contains("File rejected").contains("line 2");
		assertThat(knowledgeBase.find(prefix + "x")).isEmpty();
	}

	@Test
	void sameFileTwiceIsRefused() {
		Path file = csv("id,question,answer\n%1$s1,q,a\n".formatted(prefix));
		jobs.runToEnd("faqImportJob", Map.of("file", file.toString()));

		assertThatThrownBy(() -> jobs.runToEnd("faqImportJob", Map.of("file", file.toString())))
			.isInstanceOf(JobLaunchRefusedException.class);
	}

	@Test
	void restartAfterAFailureContinuesWithoutRedoingOrSkippingRows() {
		StringBuilder rows = new StringBuilder("id,question,answer\n");
		for (int i = 1; i <= 45; i++) {
			rows.append(prefix).append(i).append(",質問").append(i).append(",答え").append(i).append('\n');
		}
		Path file = csv(rows.toString());
		String constraint = "no_" + prefix.substring(0, 9);
		jdbc.sql("ALTER TABLE kb_faq_entries ADD CONSTRAINT " + constraint + " CHECK (id <> '" + prefix + "27')")
			.update();

		JobRun failed = jobs.runToEnd("faqImportJob", Map.of("file", file.toString()));
		assertThat(failed.status()).isEqualTo(JobRun.RunStatus.FAILED);
		assertThat(stored()).isEqualTo(20);

		jdbc.sql("ALTER TABLE kb_faq_entries DROP CONSTRAINT " + constraint).update();
		JobRun resumed = jobs.runToEnd("faqImportJob", Map.of("file", file.toString()));

		assertThat(resumed.status()).isEqualTo(JobRun.RunStatus.COMPLETED);
		assertThat(stored()).isEqualTo(45);
		assertThat(resumed.counts()).containsEntry("imported", 45L);
		long readAgain = repository.getJobExecution(resumed.id())
			.getStepExecutions()
			.stream()
			.filter(s -> s.getStepName().equals(FaqImportJobConfiguration.CSV_STEP))
			.findFirst()
			.orElseThrow()
			.getReadCount();
		assertThat(readAgain).isEqualTo(25);
	}

	private long stored() {
		return jdbc.sql("SELECT COUNT(*) FROM kb_faq_entries WHERE id LIKE ?")
			.param(prefix + "%")
			.query(Long.class)
			.single();
	}

	private static Path csv(String content) {
		return TestFiles.write("faq", content, StandardCharsets.UTF_8);
	}

	private static Path rename(Path file, String ending) {
		try {
			return Files.move(file, file.resolveSibling(file.getFileName().toString().replace(".csv", ending)));
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
