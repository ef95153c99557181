package io.tsutawaru.bot;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 20: staff work through a real city's reports — filtered by status, category and
 * area and paged in the database, assigned to a department, every change kept with who
 * made it and when.
 */
class ReportTriageTests extends LineWebhookTestSupport {

	@Autowired
	Reports reports;

	@Autowired
	JdbcClient jdbc;

	@Test
	void filtersByStatusCategoryAndAreaAndPagesInTheDatabase() {
		// A category of its own, so that reports of the other tests do not count.
		String category = "test-" + UUID.randomUUID().toString().substring(0, 8);
		for (int i = 0; i < 23; i++) {
			insert(category, i % 3 == 0 ? "北部" : i % 3 == 1 ? "南部" : null);
		}
		ReportFilter north = new ReportFilter(null, category, "北部");

		ReportPage first = reports.page(north, 0, 5);
		ReportPage last = reports.page(north, 1, 5);

		assertThat(first.total()).isEqualTo(8);
		assertThat(first.pages()).isEqualTo(2);
		assertThat(first.reports()).hasSize(5).allSatisfy(report -> assertThat(report.area()).isEqualTo("北部"));
		assertThat(last.reports()).hasSize(3);
		assertThat(first.hasNext()).isTrue();
		assertThat(last.hasNext()).isFalse();
		// Newest first, no report on two pages.
		List<String> numbers = java.util.stream.Stream.concat(first.reports().stream(), last.reports().stream())
			.map(Report::number)
			.toList();
		assertThat(numbers).doesNotHaveDuplicates().isSortedAccordingTo(java.util.Comparator.reverseOrder());
		assertThat(reports.page(new ReportFilter(null, category, ReportFilter.NO_AREA), 0, 50).total()).isEqualTo(7);
		assertThat(reports.page(new ReportFilter(null, category, null), 0, 50).total()).isEqualTo(23);

		reports.changeStatus(first.reports().getFirst().number(), ReportStatus.RESOLVED, null, "desk");
		assertThat(reports.page(new ReportFilter(ReportStatus.RESOLVED, category, "北部"), 0, 50).reports())
			.extracting(Report::number)
			.containsExactly(first.reports().getFirst().number());
		assertThat(reports.page(new ReportFilter(ReportStatus.RECEIVED, category, "北部"), 0, 50).total()).isEqualTo(7);
		assertThat(reports.located(new ReportFilter(null, category, "南部"), 100)).hasSize(8)
			.allSatisfy(report -> assertThat(report.located()).isTrue());
	}

	@Test
	void keepsWhoChangedTheStatusOrTheDepartmentAndWhen() {
		String number = insert("road", null);
		OffsetDateTime before = OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(1);

		reports.assign(number, "roads", "tanaka");
		reports.changeStatus(number, ReportStatus.IN_PROGRESS, " 来週補修します。 ", "suzuki");
		reports.assign(number, null, "sato");

		assertThat(reports.get(number).department()).isNull();
		List<ReportChange> history = reports.history(number);
		assertThat(history)
			.extracting(ReportChange::by, ReportChange::status, ReportChange::department, ReportChange::note)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("tanaka", null, "roads", null),
					org.assertj.core.groups.Tuple.tuple("suzuki", ReportStatus.IN_PROGRESS, null, "来週補修します。"),
					org.assertj.core.groups.Tuple.tuple("sato", null, null, null));
		assertThat(history).allSatisfy(change -> assertThat(change.at()).isAfter(before.toInstant()));
		assertThat(history.get(0).assignment()).isTrue();
		assertThat(history.get(1).assignment()).isFalse();

		reports.assign(number, "parks", "tanaka");
		assertThat(reports.get(number).department()).isEqualTo("parks");
	}

	@Test
	void refusesADepartmentThatIsNotConfigured() {
		String number = insert("road", null);

		assertThatThrownBy(() -> reports.assign(number, "secret-police", "tanaka"))
			.isInstanceOf(UnknownDepartmentException.class);
		assertThat(reports.history(number)).isEmpty();
		assertThatThrownBy(() -> reports.history("R-999999999")).isInstanceOf(ReportNotFoundException.class);
	}

	private String insert(String category, String area) {
		var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO bot_reports (line_user_id, category, status, latitude, longitude, language, submitted_at,
				    updated_at, area)
				VALUES ('U-triage', :category, 'RECEIVED', 35.18, 137.05, 'ja', :now, :now, :area)""")
			.param("category", category)
			.param("area", area)
			.param("now", OffsetDateTime.now(ZoneOffset.UTC))
			.update(keys, "id");
		return "R-%06d".formatted(keys.getKeyAs(Number.class).longValue());
	}

}
