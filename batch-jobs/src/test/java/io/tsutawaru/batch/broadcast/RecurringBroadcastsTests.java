package io.tsutawaru.batch.broadcast;

import java.time.Clock;
import java.time.Duration;
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
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import io.tsutawaru.batch.BatchJobs;
import io.tsutawaru.batch.BatchTestApplication;
import io.tsutawaru.batch.BroadcastSchedules;
import io.tsutawaru.batch.BroadcastSchedules.Frequency;
import io.tsutawaru.batch.BroadcastSchedules.Recurrence;
import io.tsutawaru.batch.BroadcastSchedules.Template;
import io.tsutawaru.batch.InvalidJobParametersException;
import io.tsutawaru.batch.JobDescription;
import io.tsutawaru.batch.JobLaunchRefusedException;
import io.tsutawaru.notifier.Channel;
import io.tsutawaru.notifier.NoticeState;
import io.tsutawaru.notifier.Notices;
import io.tsutawaru.notifier.StaffMember;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Recurring broadcasts with the real notifier: schedules approved by a second member of
 * staff, occurrences turned into notices by a look at the schedules every minute. Each
 * test looks "at" a minute of its own, far in the future.
 */
@SpringBootTest(classes = BatchTestApplication.class)
abstract class RecurringBroadcastsTests {

	private static final ZoneId CITY = ZoneId.of("Asia/Tokyo");

	@Autowired
	BatchJobs jobs;

	@Autowired
	BroadcastSchedules schedules;

	@Autowired
	RecurringBroadcasts broadcasts;

	@Autowired
	Notices notices;

	@Autowired
	JdbcClient jdbc;

	String author;

	LocalDateTime minute;

	@BeforeEach
	void newAuthorAndMinute() {
		// Daily schedules of earlier tests would be due at this test's minute too.
		schedules.list().forEach(schedule -> schedules.stop(schedule.id()));
		author = "pr-" + UUID.randomUUID().toString().substring(0, 8);
		minute = LocalDateTime.now()
			.truncatedTo(ChronoUnit.MINUTES)
			.plusYears(50)
			.plusMinutes(Math.abs(author.hashCode() % 100_000));
	}

	@Test
	void handsEachDueOccurrenceToTheNotifierOnceWithTheSchedulesApproval() {
		long id = approvedDailySchedule("ごみ収集のお知らせ", minute.minusHours(2).toLocalTime());

		var first = look(minute);
		var later = look(minute.plusMinutes(1));

		assertThat(first).isEqualTo(new RecurringBroadcasts.HandOver(1, 0, 0));
		assertThat(later.handedOver()).isZero();
		Long noticeId = jdbc.sql("SELECT notice_id FROM batch_broadcast_occurrences WHERE schedule_id = ?")
			.param(id)
			.query(Long.class)
			.single();
		var notice = notices.find(noticeId);
		assertThat(notice.draft().title()).isEqualTo("ごみ収集のお知らせ");
		assertThat(notice.createdBy()).isEqualTo(author);
		assertThat(notice.approvedBy()).isEqualTo(author + "-approver");
		assertThat(notice.state()).isIn(NoticeState.SCHEDULED, NoticeState.SENDING, NoticeState.SENT);
		// What staff see on the schedule's page: the occurrence, when it was handed over,
		// the notice it became.
		assertThat(schedules.handedOver(id, 10)).containsExactly(new BroadcastSchedules.HandedOver(
				minute.minusHours(2).atZone(CITY).toInstant(), minute.atZone(CITY).toInstant(), noticeId));
	}

	/**
	 * Issue 19, item 7: the look of every minute is a plain task; it makes no batch job
	 * instance (1,440 a day before).
	 */
	@Test
	void aLookAtTheSchedulesLeavesNoJobRunBehind() {
		approvedDailySchedule("ジョブなし", minute.minusHours(1).toLocalTime());
		long instances = jdbc.sql("SELECT COUNT(*) FROM BATCH_JOB_INSTANCE").query(Long.class).single();

		assertThat(look(minute).handedOver()).isOne();

		assertThat(jdbc.sql("SELECT COUNT(*) FROM BATCH_JOB_INSTANCE").query(Long.class).single()).isEqualTo(instances);
		assertThat(jobs.jobs()).extracting(JobDescription::name).doesNotContain("scheduledBroadcastJob");
	}

	/**
	 * The task of every minute on the city's clock: a clock set two seconds before a
	 * daily occurrence hands it over at that minute, no earlier, and only that day's.
	 */
	@Test
	void theTaskOfEveryMinuteHandsAnOccurrenceOverAtItsMinuteOnTheCitysClock() {
		long id = approvedDailySchedule("毎分の確認", minute.toLocalTime());
		Instant due = minute.atZone(CITY).toInstant();
		Clock city = Clock.offset(Clock.system(CITY), Duration.between(Instant.now(), due.minusSeconds(2)));
		var ticker = new BroadcastTicker(broadcasts, city, true);
		ticker.start();
		try {
			await().atMost(Duration.ofSeconds(30)).until(() -> !schedules.handedOver(id, 10).isEmpty());
		}
		finally {
			ticker.stop();
		}
		var handedOver = schedules.handedOver(id, 10);
		assertThat(handedOver).extracting(BroadcastSchedules.HandedOver::occurrence).containsExactly(due);
		assertThat(handedOver.get(0).handedOverAt()).isBetween(due, due.plusSeconds(30));
	}

	@Test
	void aScheduleWaitsForASecondMemberOfStaff() {
		var schedule = schedules.create(template("未承認"), daily(minute.minusHours(1).toLocalTime()), staff(author));
		backdate(schedule.id());

		assertThat(schedule.active()).isFalse();
		assertThat(look(minute).handedOver()).isZero();
		assertThatThrownBy(() -> schedules.approve(schedule.id(), staff(author)))
			.isInstanceOf(JobLaunchRefusedException.class);
	}

	/**
	 * Emergency staff act alone on schedules as on notices: their schedule's occurrences
	 * need nobody else.
	 */
	@Test
	void aScheduleEmergencyStaffMadeSendsItsOccurrences() {
		var schedule = schedules.create(template("防災無線の試験放送"), daily(minute.minusHours(1).toLocalTime()),
				new StaffMember(author, Set.of("EMERGENCY")));
		backdate(schedule.id());

		assertThat(look(minute)).isEqualTo(new RecurringBroadcasts.HandOver(1, 0, 0));
		Long noticeId = jdbc.sql("SELECT notice_id FROM batch_broadcast_occurrences WHERE schedule_id = ?")
			.param(schedule.id())
			.query(Long.class)
			.single();
		assertThat(notices.find(noticeId).state()).isIn(NoticeState.SCHEDULED, NoticeState.SENDING, NoticeState.SENT);
	}

	/**
	 * Issue 15, items 8 and 10: what every occurrence will say is checked as a notice is,
	 * when staff make the schedule, not when the first occurrence fails at 18:00 with
	 * nobody at the desk.
	 */
	@Test
	void aScheduleIsCheckedAsANoticeIsWhenItIsMade() {
		var cases = Map.of(new Template("ごみ\u0000収集", "本文", null, "ごみ", Set.of(Channel.WEBSITE), "all"), "title",
				new Template("ごみ収集", "本文\uFFFE", null, "ごみ", Set.of(Channel.WEBSITE), "all"), "body",
				new Template("ごみ収集", "本文", "javascript:alert(1)", "ごみ", Set.of(Channel.WEBSITE), "all"), "link",
				new Template("ご".repeat(201), "本文", null, "ごみ", Set.of(Channel.WEBSITE), "all"), "title");
		cases.forEach((template,
				field) -> assertThatThrownBy(() -> schedules.create(template, daily(LocalTime.NOON), staff(author)))
					.isInstanceOf(InvalidJobParametersException.class)
					.hasMessageContaining(field));
		assertThat(jdbc.sql("SELECT COUNT(*) FROM batch_broadcast_schedules WHERE created_by = ?")
			.param(author)
			.query(Long.class)
			.single()).isZero();
	}

	/**
	 * Several processes look at the same minute: the occurrences table's key is the
	 * claim, so each occurrence becomes one notice, with no lock or job instance to
	 * share.
	 */
	@Test
	void twoProcessesLookingAtTheSameMinuteHandEachOccurrenceOverOnce() throws Exception {
		long[] ids = new long[12];
		for (int i = 0; i < ids.length; i++) {
			ids[i] = approvedDailySchedule("一度だけ" + i, minute.minusHours(3).toLocalTime());
		}
		var start = new CountDownLatch(1);
		try (ExecutorService processes = Executors.newFixedThreadPool(2)) {
			Callable<RecurringBroadcasts.HandOver> process = () -> {
				start.await();
				return look(minute);
			};
			var one = processes.submit(process);
			var other = processes.submit(process);
			start.countDown();
			assertThat(one.get().handedOver() + other.get().handedOver()).isEqualTo(ids.length);
		}

		assertThat(occurrences(ids)).isEqualTo(ids.length);
		assertThat(noticesByAuthor()).isEqualTo(ids.length);
		assertThat(look(minute).handedOver()).isZero();
	}

	/**
	 * 毎月末 18:00 is 18:00 on the city's clock: 09:00 UTC. The tests run with the JVM in
	 * UTC (root pom), where a job reading the minute or the schedule in the JVM's zone
	 * sent it at 18:00 UTC, 03:00 the next morning in the city.
	 */
	@Test
	void anEndOfMonthBroadcastAtSixInTheEveningGoesOutAtSixOnTheCitysClock() {
		LocalDateTime lastDay = minute.toLocalDate().with(TemporalAdjusters.lastDayOfMonth()).atTime(18, 0);
		minute = lastDay;
		var schedule = schedules.create(template("月末のお知らせ"),
				new Recurrence(Frequency.END_OF_MONTH, LocalTime.of(18, 0), null, null), staff(author));
		schedules.approve(schedule.id(), staff(author + "-approver"));
		backdate(schedule.id());

		assertThat(look(lastDay.minusMinutes(1)).handedOver()).isZero();
		assertThat(look(lastDay).handedOver()).isOne();

		Instant occurrence = jdbc.sql("SELECT occurrence FROM batch_broadcast_occurrences WHERE schedule_id = ?")
			.param(schedule.id())
			.query(java.time.OffsetDateTime.class)
			.single()
			.toInstant();
		assertThat(occurrence).isEqualTo(lastDay.atZone(CITY).toInstant())
			.isEqualTo(lastDay.minusHours(9).toInstant(ZoneOffset.UTC));
	}

	/**
	 * One occurrence that cannot be handed over holds back none of the others, and is
	 * tried again the next minute.
	 */
	@Test
	void aFailedOccurrenceIsTriedAgainAtTheNextMinuteWithoutHoldingBackTheOthers() {
		long[] ids = new long[25];
		for (int i = 0; i < ids.length; i++) {
			ids[i] = approvedDailySchedule("定期" + i, minute.minusHours(4).toLocalTime());
		}
		String constraint = "no_" + author.substring(3);
		jdbc.sql("ALTER TABLE batch_broadcast_occurrences ADD CONSTRAINT " + constraint + " CHECK (schedule_id <> "
				+ ids[14] + ")")
			.update();

		assertThat(look(minute)).isEqualTo(new RecurringBroadcasts.HandOver(24, 0, 1));
		assertThat(occurrences(ids)).isEqualTo(24);

		jdbc.sql("ALTER TABLE batch_broadcast_occurrences DROP CONSTRAINT " + constraint).update();

		assertThat(look(minute.plusMinutes(1))).isEqualTo(new RecurringBroadcasts.HandOver(1, 0, 0));
		assertThat(occurrences(ids)).isEqualTo(25);
		assertThat(noticesByAuthor()).isEqualTo(25);
	}

	private long approvedDailySchedule(String title, LocalTime at) {
		var schedule = schedules.create(template(title), daily(at), staff(author));
		schedules.approve(schedule.id(), staff(author + "-approver"));
		backdate(schedule.id());
		return schedule.id();
	}

	/**
	 * Schedules made "now" have no past occurrences; the tests run at a minute 50 years
	 * on, so the schedule must predate it.
	 */
	private void backdate(long scheduleId) {
		Instant before = minute.atZone(CITY).toInstant().minus(2, ChronoUnit.DAYS);
		jdbc.sql("UPDATE batch_broadcast_schedules SET created_at = ? WHERE id = ?")
			.params(before.atOffset(ZoneOffset.UTC), scheduleId)
			.update();
	}

	/**
	 * A look at the schedules at the start of this minute of the city's clock, as the
	 * task of every minute makes.
	 */
	private RecurringBroadcasts.HandOver look(LocalDateTime at) {
		return broadcasts.handOverDue(at.atZone(CITY).toInstant());
	}

	private long noticesByAuthor() {
		return jdbc.sql("SELECT COUNT(*) FROM notices WHERE created_by = ?").param(author).query(Long.class).single();
	}

	private long occurrences(long[] ids) {
		return java.util.Arrays.stream(ids)
			.map(id -> jdbc.sql("SELECT COUNT(*) FROM batch_broadcast_occurrences WHERE schedule_id = ?")
				.param(id)
				.query(Long.class)
				.single())
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
