package io.tsutawaru.batch.shelter;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import io.tsutawaru.batch.BatchJobs;
import io.tsutawaru.batch.BatchTestApplication;
import io.tsutawaru.batch.JobRun;
import io.tsutawaru.batch.TestFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * shelterImportJob end to end: a national-format list in, shelters in the shelters
 * module, a report of rejected rows with their lines. Each test uses a local government
 * code of its own, so the tests share one database.
 */
@SpringBatchTest
@SpringBootTest(classes = BatchTestApplication.class)
abstract class ShelterImportJobTests {

	static final String HEADER = "全国地方公共団体コード,ID,名称,名称_カナ,所在地_連結表記,緯度,経度,災害種別_洪水,"
			+ "災害種別_崖崩れ、土石流及び地滑り,災害種別_高潮,災害種別_地震,災害種別_津波,災害種別_大規模な火事,災害種別_内水氾濫," + "災害種別_火山現象,指定避難所との重複,想定収容人数";

	@Autowired
	BatchJobs jobs;

	@Autowired
	JdbcClient jdbc;

	String city;

	@BeforeEach
	void newCity() {
		city = String.valueOf(ThreadLocalRandom.current().nextInt(100_000, 1_000_000));
	}

	@Test
	void importsTheListAndReportsEachRejectedRowWithItsLineAndReason() throws Exception {
		Path file = TestFiles.write("shelters",
				bom(HEADER + "\n" + row("1", "本町小学校", "36.1", "137.9", "1,,,1,,,,", "300") + "\n"
						+ row("2", "北公園", "36.2", "137.9", ",,,1,,1,,", "") + "\n"
						+ row("3", "", "36.3", "137.9", ",,,,,,,", "") + "\n"
						+ row("4", "南公園", "36.4", "200", ",,,,,,,", "") + "\n"
						+ row("5", "東公園", "36.5", "137.9", "○,,,,,,,", "") + "\n"));

		JobRun run = jobs.runToEnd("shelterImportJob", Map.of("file", file.toString()));

		assertThat(run.status()).isEqualTo(JobRun.RunStatus.COMPLETED);
		assertThat(run.counts()).containsEntry("new", 2L).containsEntry("rejected", 3L);
		assertThat(names()).containsExactly("北公園", "本町小学校");
		assertThat(Files.readString(jobs.report(run.id()).orElseThrow().path()))
			.contains("4,\"名称 is empty; the national format requires it\"")
			.contains("5,\"緯度 must be within ±90 and 経度 within ±180\"")
			.contains("6,\"災害種別_洪水 must be 1 (designated) or empty, not '○'\"");
	}

	@Test
	void aNewerListUpdatesByTheListsIdAndKeepsWhatStaffSet() {
		jobs.runToEnd("shelterImportJob",
				Map.of("file",
						TestFiles
							.write("v1", HEADER + "\n" + row("1", "本町小学校", "36.1", "137.9", "1,,,,,,,", "300") + "\n",
									StandardCharsets.UTF_8)
							.toString()));
		jdbc.sql("UPDATE shelters SET is_open = TRUE, crowding = 'CROWDED' WHERE city_code = ?").param(city).update();

		JobRun again = jobs.runToEnd("shelterImportJob",
				Map.of("file", TestFiles
					.write("v2",
							HEADER + "\n" + row("1", "本町小学校体育館", "36.1", "137.9", "1,,,1,,,,", "400") + "\n"
									+ row("2", "北公園", "36.2", "137.9", ",,,1,,,,", "") + "\n",
							StandardCharsets.UTF_8)
					.toString()));

		assertThat(again.counts()).containsEntry("new", 1L).containsEntry("updated", 1L).containsEntry("unchanged", 0L);
		assertThat(jdbc
			.sql("SELECT name || ' ' || is_open || ' ' || crowding || ' ' || capacity FROM shelters "
					+ "WHERE city_code = ? AND source_id = '1'")
			.param(city)
			.query(String.class)
			.single()).isEqualToIgnoringCase("本町小学校体育館 true CROWDED 400");
	}

	@Test
	void aFileThatIsNotANationalListIsRejectedWhole() {
		Path file = TestFiles.write("other", "name,lat,lon\n学校,36.1,137.9\n", StandardCharsets.UTF_8);

		JobRun run = jobs.runToEnd("shelterImportJob", Map.of("file", file.toString()));

		assertThat(run.status()).isEqualTo(JobRun.RunStatus.FAILED);
		assertThat(run.summary()).contains("File rejected").contains("lacks the column(s) ID, 名称, 所在地_連結表記, 緯度, 経度");
		assertThat(run.hasReport()).isTrue();
	}

	@Test
	void readsShiftJisAsExcelWritesIt() {
		Path file = TestFiles.write("sjis",
				HEADER + "\r\n" + row("1", "つたわる市民会館①", "36.1", "137.9", ",,,1,,,,", "") + "\r\n",
				Charset.forName("windows-31j"));

		JobRun run = jobs.runToEnd("shelterImportJob", Map.of("file", file.toString()));

		assertThat(run.counts()).containsEntry("new", 1L).containsEntry("rejected", 0L);
		assertThat(names()).containsExactly("つたわる市民会館①");
	}

	@Test
	void restartAfterAFailureContinuesWithoutRedoingOrSkippingRows() {
		StringBuilder csv = new StringBuilder(HEADER + "\n");
		for (int i = 1; i <= 45; i++) {
			csv.append(row(String.valueOf(i), "避難所" + i, "36.1", "137.9", ",,,1,,,,", "")).append('\n');
		}
		Path file = TestFiles.write("restart", csv.toString(), StandardCharsets.UTF_8);
		String constraint = "no_shelter_" + city;
		// The database refuses row 27: the third chunk of ten fails after two were
		// committed.
		jdbc.sql("ALTER TABLE shelters ADD CONSTRAINT " + constraint + " CHECK (name <> '避難所27' OR city_code <> '"
				+ city + "')")
			.update();

		JobRun failed = jobs.runToEnd("shelterImportJob", Map.of("file", file.toString()));
		assertThat(failed.status()).isEqualTo(JobRun.RunStatus.FAILED);
		assertThat(names()).hasSize(20);

		jdbc.sql("ALTER TABLE shelters DROP CONSTRAINT " + constraint).update();
		JobRun resumed = jobs.runToEnd("shelterImportJob", Map.of("file", file.toString()));

		assertThat(resumed.status()).isEqualTo(JobRun.RunStatus.COMPLETED);
		assertThat(names()).hasSize(45).doesNotHaveDuplicates();
		assertThat(resumed.counts()).containsEntry("new", 45L)
			.containsEntry("updated", 0L)
			.containsEntry("unchanged", 0L);
	}

	private String row(String id, String name, String lat, String lon, String flags, String capacity) {
		return city + "," + id + "," + name + ",," + "つたわる市本町" + id + "," + lat + "," + lon + "," + flags + ",,"
				+ capacity;
	}

	private List<String> names() {
		return jdbc.sql("SELECT name FROM shelters WHERE city_code = ? ORDER BY name")
			.param(city)
			.query(String.class)
			.list();
	}

	private static byte[] bom(String text) {
		byte[] body = text.getBytes(StandardCharsets.UTF_8);
		byte[] all = new byte[body.length + 3];
		all[0] = (byte) 0xEF;
		all[1] = (byte) 0xBB;
		all[2] = (byte) 0xBF;
		System.arraycopy(body, 0, all, 3, body.length);
		return all;
	}

}
