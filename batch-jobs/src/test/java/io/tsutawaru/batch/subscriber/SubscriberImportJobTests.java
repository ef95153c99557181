package io.tsutawaru.batch.subscriber;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

import io.tsutawaru.batch.BatchJobs;
import io.tsutawaru.batch.BatchTestApplication;
import io.tsutawaru.batch.JobLaunchRefusedException;
import io.tsutawaru.batch.JobRun;
import io.tsutawaru.batch.TestFiles;
import io.tsutawaru.text.StaffCsvEncoding;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * subscriberImportJob end to end: a CSV file in, rows in {@code subscribers}, a report of
 * rejected rows. Each test uses addresses of a domain of its own, so the tests share one
 * database without seeing each other's rows.
 */
@SpringBatchTest
@SpringBootTest(classes = BatchTestApplication.class)
abstract class SubscriberImportJobTests {

	@Autowired
	BatchJobs jobs;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JobRepository repository;

	String domain;

	@BeforeEach
	void newDomain() {
		domain = "d" + UUID.randomUUID().toString().substring(0, 8) + ".example.jp";
	}

	@Test
	void importsRowsMergesDuplicatesAndReportsBadRowsWithTheirLines() throws Exception {
		Path file = TestFiles.write("list", """
				メールアドレス,地区,言語,関心,確認済み
				taro@%1$s,北部,ja,防災|子育て,済
				hanako@%1$s,中央,en,,未
				not-an-address,北部,ja,,済
				TARO@%1$s,,,,
				jiro@%1$s,月面,ja,,済
				"quoted@%1$s",南部,easy-ja,健康,yes
				""".formatted(domain), StandardCharsets.UTF_8);

		JobRun run = jobs.runToEnd("subscriberImportJob", Map.of("file", file.toString()));

		assertThat(run.status()).isEqualTo(JobRun.RunStatus.COMPLETED);
		assertThat(run.counts()).containsEntry("new", 3L).containsEntry("merged", 1L).containsEntry("rejected", 2L);
		assertThat(emails()).containsExactly("hanako@" + domain, "quoted@" + domain, "taro@" + domain);
		var taro = jdbc.sql("SELECT email_confirmed, area, language FROM subscribers WHERE email = ?")
			.param("taro@" + domain)
			.query((rs, n) -> rs.getBoolean(1) + " " + rs.getString(2) + " " + rs.getString(3))
			.single();
		assertThat(taro).isEqualTo("true 北部 ja");
		assertThat(confirmed("hanako@" + domain)).isFalse();
		assertThat(interests("taro@" + domain)).isEqualTo(2);
		assertThat(Files.readString(jobs.report(run.id()).orElseThrow().path()))
			.contains("4,\"the e-mail address needs the form name@domain.example\"")
			.contains("6,\"the area '月面' is not one of");
	}

	@Test
	void sameFileTwiceIsRefusedAndChangesNothing() {
		Path file = TestFiles.write("twice", "email,confirmed\nonce@%s,yes\n".formatted(domain),
				StandardCharsets.UTF_8);
		assertThat(jobs.runToEnd("subscriberImportJob", Map.of("file", file.toString())).status())
			.isEqualTo(JobRun.RunStatus.COMPLETED);

		assertThatThrownBy(() -> jobs.runToEnd("subscriberImportJob", Map.of("file", file.toString())))
			.isInstanceOf(JobLaunchRefusedException.class)
			.hasMessageContaining("already completed");
		assertThat(emails()).containsExactly("once@" + domain);
	}

	@Test
	void importingTheSameRowsAgainUnderAnotherNameChangesNothing() {
		String rows = "email,area,confirmed\nsame@%s,北部,yes\n".formatted(domain);
		jobs.runToEnd("subscriberImportJob",
				Map.of("file", TestFiles.write("a", rows, StandardCharsets.UTF_8).toString()));
		JobRun again = jobs.runToEnd("subscriberImportJob",
				Map.of("file", TestFiles.write("b", rows + "\n", StandardCharsets.UTF_8).toString()));

		assertThat(again.counts()).containsEntry("unchanged", 1L).containsEntry("new", 0L).containsEntry("merged", 0L);
	}

	@Test
	void fileWithoutAnEmailColumnIsRejectedWhole() {
		Path file = TestFiles.write("columns", "name,area\nTaro,北部\n", StandardCharsets.UTF_8);

		JobRun run = jobs.runToEnd("subscriberImportJob", Map.of("file", file.toString()));

		assertThat(run.status()).isEqualTo(JobRun.RunStatus.FAILED);
		assertThat(run.summary()).contains("File rejected").contains("lacks the column(s) email");
		assertThat(run.hasReport()).isTrue();
	}

	@Test
	void readsShiftJisAsExcelWritesIt() {
		Path file = TestFiles.write("sjis", "メールアドレス,地区\r\nsjis@%s,南部\r\n".formatted(domain),
				StaffCsvEncoding.SHIFT_JIS);

		JobRun run = jobs.runToEnd("subscriberImportJob", Map.of("file", file.toString()));

		assertThat(run.counts()).containsEntry("new", 1L).containsEntry("rejected", 0L);
		assertThat(jdbc.sql("SELECT area FROM subscribers WHERE email = ?")
			.param("sjis@" + domain)
			.query(String.class)
			.single()).isEqualTo("南部");
	}

	@Test
	void badEncodingBadQuotesAndHugeLinesAreRejectedRowByRowAndTheRestImported() {
		byte[] head = "email,area\nfirst@%s,北部\n".formatted(domain).getBytes(StandardCharsets.UTF_8);
		byte[] broken = "broken@%s,\u5317\n".formatted(domain).getBytes(StandardCharsets.UTF_8);
		broken[broken.length - 2] = (byte) 0xFF; // the last byte of 北 replaced: not UTF-8
													// any more
		String tail = "\"open@%1$s,北部\nq\"uote@%1$s,北部\n".formatted(domain) + "huge@" + domain + ","
				+ "x".repeat(1 << 20) + "\nlast@%s,南部\n".formatted(domain);
		Path file = TestFiles.write("bad", concat(head, broken, tail.getBytes(StandardCharsets.UTF_8)));

		JobRun run = jobs.runToEnd("subscriberImportJob", Map.of("file", file.toString()));

		assertThat(run.status()).isEqualTo(JobRun.RunStatus.COMPLETED);
		assertThat(emails()).containsExactly("first@" + domain, "last@" + domain);
		assertThat(run.counts()).containsEntry("rejected", 4L);
		assertThat(jdbc
			.sql("SELECT line || ' ' || reason FROM batch_rejected_rows r JOIN BATCH_JOB_EXECUTION e "
					+ "ON e.JOB_INSTANCE_ID = r.job_instance_id WHERE e.JOB_EXECUTION_ID = ? ORDER BY line")
			.param(run.id())
			.query(String.class)
			.list()).satisfiesExactly(l -> assertThat(l).startsWith("3 ").contains("not valid UTF-8"),
					l -> assertThat(l).startsWith("4 ").contains("never closed"),
					// A quote inside an unquoted field is text (Commons CSV's rule, which
					// the console always had):
					// the address is then refused rather than the quote.
					l -> assertThat(l).startsWith("5 ").contains("needs the form name@domain.example"),
					l -> assertThat(l).startsWith("6 ").contains("longer than 65536 bytes"));
	}

	@Test
	void restartAfterAFailureContinuesWithoutRedoingOrSkippingRows() throws Exception {
		StringBuilder csv = new StringBuilder("email,area,confirmed\n");
		for (int i = 1; i <= 45; i++) {
			csv.append("r").append(i).append('@').append(domain).append(",北部,yes\n");
		}
		Path file = TestFiles.write("restart", csv.toString(), StandardCharsets.UTF_8);
		String constraint = "no_" + domain.substring(0, 9);
		// The database refuses row 27: the third chunk of ten fails after two were
		// committed.
		jdbc.sql("ALTER TABLE subscribers ADD CONSTRAINT " + constraint + " CHECK (email <> 'r27@" + domain + "')")
			.update();

		JobRun failed = jobs.runToEnd("subscriberImportJob", Map.of("file", file.toString()));
		assertThat(failed.status()).isEqualTo(JobRun.RunStatus.FAILED);
		assertThat(emails()).hasSize(20);

		jdbc.sql("ALTER TABLE subscribers DROP CONSTRAINT " + constraint).update();
		JobRun resumed = jobs.runToEnd("subscriberImportJob", Map.of("file", file.toString()));

		assertThat(resumed.status()).isEqualTo(JobRun.RunStatus.COMPLETED);
		assertThat(emails()).hasSize(45).doesNotHaveDuplicates();
		assertThat(resumed.counts()).containsEntry("new", 45L)
			.containsEntry("merged", 0L)
			.containsEntry("unchanged", 0L);
		StepExecution second = repository.getJobExecution(resumed.id())
			.getStepExecutions()
			.stream()
			.filter(s -> s.getStepName().equals(SubscriberImportJobConfiguration.IMPORT_STEP))
			.findFirst()
			.orElseThrow();
		assertThat(second.getReadCount()).isEqualTo(25);
	}

	private java.util.List<String> emails() {
		return jdbc.sql("SELECT email FROM subscribers WHERE LOWER(email) LIKE ? ORDER BY email")
			.param("%@" + domain)
			.query(String.class)
			.list();
	}

	private boolean confirmed(String email) {
		return jdbc.sql("SELECT email_confirmed FROM subscribers WHERE email = ?")
			.param(email)
			.query(Boolean.class)
			.single();
	}

	private long interests(String email) {
		return jdbc.sql(
				"SELECT COUNT(*) FROM subscriber_interests i JOIN subscribers s ON s.id = i.subscriber_id WHERE s.email = ?")
			.param(email)
			.query(Long.class)
			.single();
	}

	private static byte[] concat(byte[]... parts) {
		var out = new java.io.ByteArrayOutputStream();
		for (byte[] part : parts) {
			out.writeBytes(part);
		}
		return out.toByteArray();
	}

}
