package io.tsutawaru.batch;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import io.tsutawaru.notifier.AlertStatus;
import io.tsutawaru.notifier.Channel;
import io.tsutawaru.notifier.NoticeDraft;
import io.tsutawaru.notifier.Severity;
import io.tsutawaru.notifier.StaffMember;

/**
 * Recurring broadcasts, e.g. 「毎月末 18:00 ごみ収集日程のお知らせ」. A schedule is approved once, by a
 * second member of staff, like a PR notice; from then on a task of every minute hands
 * each occurrence to the notifier as a notice, exactly once, even when several processes
 * run. A Spring bean.
 */
public interface BroadcastSchedules {

	/**
	 * Saves a schedule, inactive until {@link #approve} (or active at once when its
	 * author is emergency staff).
	 * @throws InvalidJobParametersException when the recurrence is incomplete (a weekly
	 * schedule without a weekday…)
	 */
	Schedule create(Template template, Recurrence recurrence, StaffMember author);

	/**
	 * Activates a schedule; the approver must not be its author.
	 * @throws JobLaunchRefusedException when the author approves their own schedule or it
	 * does not exist
	 */
	Schedule approve(long scheduleId, StaffMember approver);

	/** Stops a schedule: no further occurrences are sent. */
	void stop(long scheduleId);

	/** Every schedule, newest first. */
	List<Schedule> list();

	/**
	 * The latest occurrences of a schedule handed to the notifier, newest first: what
	 * went out, and when.
	 */
	List<HandedOver> handedOver(long scheduleId, int limit);

	/**
	 * What each occurrence says and to whom: the fields of a notice.
	 *
	 * @param segmentRule as the notifier reads it ({@code all} for everyone)
	 */
	record Template(String title, String body, String link, String topic, Set<Channel> channels, String segmentRule) {

		public Template {
			channels = Set.copyOf(channels);
		}

		/**
		 * The notice of one occurrence, sent at {@code sendAt} (null to check the
		 * template).
		 */
		public NoticeDraft draft(Instant sendAt) {
			return new NoticeDraft(title, body, link, Severity.INFO, AlertStatus.ACTUAL, topic, channels, segmentRule,
					null, null, null, sendAt, null, false);
		}

	}

	/** How often a schedule repeats, in the city's time zone. */
	enum Frequency {

		/** Every day at the time. */
		DAILY,
		/** Every week on {@link Recurrence#dayOfWeek()}. */
		WEEKLY,
		/**
		 * Every month on {@link Recurrence#dayOfMonth()}; months without that day are
		 * left out.
		 */
		MONTHLY,
		/** On the last day of every month. */
		END_OF_MONTH

	}

	/**
	 * When a schedule repeats.
	 *
	 * @param frequency how often
	 * @param at the time of day
	 * @param dayOfWeek for {@link Frequency#WEEKLY}, else {@code null}
	 * @param dayOfMonth for {@link Frequency#MONTHLY} (1–31), else {@code null}
	 */
	record Recurrence(Frequency frequency, LocalTime at, DayOfWeek dayOfWeek, Integer dayOfMonth) {
	}

	/**
	 * One occurrence handed to the notifier.
	 *
	 * @param occurrence the moment it was due, the notice's send time
	 * @param handedOverAt when the notice was made ({@code null} for occurrences from
	 * before this was recorded)
	 * @param noticeId the notice it became
	 */
	record HandedOver(Instant occurrence, Instant handedOverAt, Long noticeId) {
	}

	/**
	 * A stored schedule.
	 *
	 * @param active whether occurrences are being sent
	 * @param approvedBy who approved it, or {@code null}
	 */
	record Schedule(long id, Template template, Recurrence recurrence, String createdBy, String approvedBy,
			boolean active, Instant createdAt) {
	}

}
