package io.tsutawaru.batch.broadcast;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.tsutawaru.batch.BatchJobs;
import io.tsutawaru.batch.BatchTestApplication;
import io.tsutawaru.batch.BroadcastSchedules;
import io.tsutawaru.batch.BroadcastSchedules.Frequency;
import io.tsutawaru.batch.BroadcastSchedules.Recurrence;
import io.tsutawaru.batch.BroadcastSchedules.Template;
import io.tsutawaru.batch.InvalidJobParametersException;
import io.tsutawaru.batch.JobLaunchRefusedException;
import io.tsutawaru.batch.JobRun;
import io.tsutawaru.notifier.Channel;
import io.tsutawaru.notifier.NoticeState;
import io.tsutawaru.notifier.Notices;
import io.tsutawaru.notifier.StaffMember;
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
 * scheduledBroadcastJob with the real notifier: schedules approved by a second member of staff, occurrences turned
 * into notices. Each test runs "at" a minute of its own, far in the future, so that runs never share an identity.
 */
@SpringBatchTest
@SpringBootTest(classes = BatchTestApplication.class)
abstract class ScheduledBroadcastJobTests {

	private static final ZoneId CITY = ZoneId.of("Asia/Tokyo");

	@Autowired
	BatchJobs jobs;

	@Autowired
	BroadcastSchedules schedules;

	@Autowired
	Notices notices;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JobRepository repository;

	String author;

	LocalDateTime minute;

	@BeforeEach
	void newAuthorAndMinute() {
		// Daily schedules of earlier tests would be due at this test's minute too.
		schedules.list().forEach(schedule -> schedules.stop(schedule.id()));
		author = "pr-" + UUID.randomUUID().toString().substring(0, 8);
		minute = LocalDateTime.now().truncatedTo(ChronoUnit.MINUTES).plusYears(50).plusMinutes(Math.abs(author.hashCode() % 100_000));
	}

	@Test
	void handsEachDueOccurrenceToTheNotifierOnceWithTheSchedulesApproval() {
		long id = approvedDailySchedule("ごみ収集のお知らせ", minute.minusHours(2).toLocalTime());

		JobRun first = run(minute);
		JobRun later = run(minute.plusMinutes(1));

		assertThat(first.status()).isEqualTo(JobRun.RunStatus.COMPLETED);
		assertThat(first.counts()).containsEntry("handedOver", 1L);
		assertThat(later.counts()).containsEntry("handedOver", 0L);
		Long noticeId = jdbc.sql("SELECT notice_id FROM batch_broadcast_occurrences WHERE schedule_id = ?").param(id)
			.query(Long.class).single();
		var notice = notices.find(noticeId);
		assertThat(notice.draft().title()).isEqualTo("ごみ収集のお知らせ");
		assertThat(notice.createdBy()).isEqualTo(author);
		assertThat(notice.approvedBy()).isEqualTo(author + "-approver");
		assertThat(notice.state()).isIn(NoticeState.SCHEDULED, NoticeState.SENDING, NoticeState.SENT);
	}

	@Test
	void aScheduleWaitsForASecondMemberOfStaff() {
		var schedule = schedules.create(template("未承認"), daily(minute.minusHours(1).toLocalTime()), staff(author));
		backdate(schedule.id());

		assertThat(schedule.active()).isFalse();
		assertThat(run(minute).counts()).containsEntry("handedOver", 0L);
		assertThatThrownBy(() -> schedules.approve(schedule.id(), staff(author))).isInstanceOf(JobLaunchRefusedException.class);
	}

	/** Emergency staff act alone on schedules as on notices: their schedule's occurrences need nobody else. */
	@Test
	void aScheduleEmergencyStaffMadeSendsItsOccurrences() {
		var schedule = schedules.create(template("防災無線の試験放送"), daily(minute.minusHours(1).toLocalTime()),
				new StaffMember(author, Set.of("EMERGENCY")));
		backdate(schedule.id());

		JobRun run = run(minute);

		assertThat(run.status()).isEqualTo(JobRun.RunStatus.COMPLETED);
		assertThat(run.counts()).containsEntry("handedOver", 1L);
		Long noticeId = jdbc.sql("SELECT notice_id FROM batch_broadcast_occurrences WHERE schedule_id = ?")
			.param(schedule.id()).query(Long.class).single();
		assertThat(notices.find(noticeId).state()).isIn(NoticeState.SCHEDULED, NoticeState.SENDING, NoticeState.SENT);
	}

	/**
	 * Issue 15, items 8 and 10: what every occurrence will say is checked as a notice is, when staff make the
	 * schedule, not when the first occurrence fails at 18:00 with nobody at the desk.
	 */
	@Test
	void aScheduleIsCheckedAsANoticeIsWhenItIsMade() {
		var cases = Map.of(new Template("ごみ\u0000収集", "本文", null, "ごみ", Set.of(Channel.WEBSITE), "all"), "title",
				new Template("ごみ収集", "本文\uFFFE", null, "ごみ", Set.of(Channel.WEBSITE), "all"), "body",
				new Template("ごみ収集", "本文", "javascript:alert(1)", "ごみ", Set.of(Channel.WEBSITE), "all"), "link",
				new Template("ご".repeat(201), "本文", null, "ごみ", Set.of(Channel.WEBSITE), "all"), "title");
		cases.forEach((template, field) -> assertThatThrownBy(
				() -> schedules.create(template, daily(LocalTime.NOON), staff(author)))
			.isInstanceOf(InvalidJobParametersException.class)
			.hasMessageContaining(field));
		assertThat(jdbc.sql("SELECT COUNT(*) FROM batch_broadcast_schedules WHERE created_by = ?").param(author)
			.query(Long.class).single()).isZero();
	}

	@Test
	void twoProcessesAtTheSameMinuteMakeOneRun() {
		approvedDailySchedule("一度だけ", minute.minusHours(3).toLocalTime());
		run(minute);

		assertThatThrownBy(() -> run(minute)).isInstanceOf(JobLaunchRefusedException.class);
	}

	/**
	 * 毎月末 18:00 is 18:00 on the city's clock: 09:00 UTC. The tests run with the JVM in UTC (root pom), where a job
	 * reading the minute or the schedule in the JVM's zone sent it at 18:00 UTC, 03:00 the next morning in the city.
	 */
	@Test
	void anEndOfMonthBroadcastAtSixInTheEveningGoesOutAtSixOnTheCitysClock() {
		LocalDateTime lastDay = minute.toLocalDate().with(TemporalAdjusters.lastDayOfMonth()).atTime(18, 0);
		minute = lastDay;
		var schedule = schedules.create(template("月末のお知らせ"),
				new Recurrence(Frequency.END_OF_MONTH, LocalTime.of(18, 0), null, null), staff(author));
		schedules.approve(schedule.id(), staff(author + "-approver"));
		backdate(schedule.id());

		assertThat(run(lastDay.minusMinutes(1)).counts()).containsEntry("handedOver", 0L);
		assertThat(run(lastDay).counts()).containsEntry("handedOver", 1L);

		Instant occurrence = jdbc.sql("SELECT occurrence FROM batch_broadcast_occurrences WHERE schedule_id = ?")
			.param(schedule.id())
			.query(java.time.OffsetDateTime.class)
			.single()
			.toInstant();
		assertThat(occurrence).isEqualTo(lastDay.atZone(CITY).toInstant())
			.isEqualTo(lastDay.minusHours(9).toInstant(ZoneOffset.UTC));
	}

	@Test
	void restartAfterAFailureContinuesWithoutRedoingOrSkippingOccurrences() {
		long[] ids = new long[25];
		for (int i = 0; i < ids.length; i++) {
			ids[i] = approvedDailySchedule("定期" + i, minute.minusHours(4).toLocalTime());
		}
		String constraint = "no_" + author.substring(3);
		jdbc.sql("ALTER TABLE batch_broadcast_occurrences ADD CONSTRAINT " + constraint + " CHECK (schedule_id <> " + ids[14] + ")")
			.update();

		JobRun failed = run(minute);
		assertThat(failed.status()).isEqualTo(JobRun.RunStatus.FAILED);
		assertThat(occurrences(ids)).isEqualTo(10);

		jdbc.sql("ALTER TABLE batch_broadcast_occurrences DROP CONSTRAINT " + constraint).update();
		JobRun resumed = run(minute);

		assertThat(resumed.status()).isEqualTo(JobRun.RunStatus.COMPLETED);
		assertThat(occurrences(ids)).isEqualTo(25);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM notices WHERE created_by = ?").param(author).query(Long.class).single())
			.isEqualTo(25);
		assertThat(resumed.counts()).containsEntry("handedOver", 25L);
		assertThat(repository.getJobExecution(resumed.id()).getStepExecutions().stream()
			.filter(s -> s.getStepName().equals(ScheduledBroadcastJobConfiguration.STEP)).findFirst().orElseThrow()
			.getReadCount()).isEqualTo(15);
	}

	private long approvedDailySchedule(String title, LocalTime at) {
		var schedule = schedules.create(template(title), daily(at), staff(author));
		schedules.approve(schedule.id(), staff(author + "-approver"));
		backdate(schedule.id());
		return schedule.id();
	}

	/** Schedules made "now" have no past occurrences; the tests run at a minute 50 years on, so the schedule must predate it. */
	private void backdate(long scheduleId) {
		Instant before = minute.atZone(CITY).toInstant().minus(2, ChronoUnit.DAYS);
		jdbc.sql("UPDATE batch_broadcast_schedules SET created_at = ? WHERE id = ?")
			.params(before.atOffset(ZoneOffset.UTC), scheduleId)
			.update();
	}

	private JobRun run(LocalDateTime at) {
		return jobs.runToEnd("scheduledBroadcastJob", Map.of("minute", at.toString()));
	}

	private long occurrences(long[] ids) {
		return java.util.Arrays.stream(ids)
			.map(id -> jdbc.sql("SELECT COUNT(*) FROM batch_broadcast_occurrences WHERE schedule_id = ?").param(id)
				.query(Long.class).single())
			.sum();
	}

	private static Template template(String title) {
		return new Template(title, "本文", null, "ごみ", Set.of(Channel.WEBSITE), "all");
	}

	private static Recurrence daily(LocalTime at) {
		return new Recurrence(Frequency.DAILY, at, null, null);
	}

	private static StaffMember staff(String name) {
		return new StaffMember(name, Set.of("PR"));
	}

}
