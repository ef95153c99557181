package io.tsutawaru.batch.broadcast;

import java.time.Clock;
import java.util.List;

import io.tsutawaru.batch.InvalidScheduleException;
import io.tsutawaru.batch.InvalidScheduleException.Reason;
import io.tsutawaru.batch.BroadcastSchedules;
import io.tsutawaru.batch.JobLaunchRefusedException;
import io.tsutawaru.notifier.InvalidNoticeException;
import io.tsutawaru.notifier.Notices;
import io.tsutawaru.notifier.StaffMember;
import io.tsutawaru.batch.ScheduleApprovalRefusedException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link BroadcastSchedules} in the service's database. */
@Service("batch.broadcastSchedules")
class JdbcBroadcastSchedules implements BroadcastSchedules {

	private final ScheduleTable table;

	private final Notices notices;

	private final Clock clock;

	JdbcBroadcastSchedules(ScheduleTable table, Notices notices, Clock clock) {
		this.table = table;
		this.notices = notices;
		this.clock = clock;
	}

	@Override
	@Transactional
	public Schedule create(Template template, Recurrence recurrence, StaffMember author) {
		check(template, recurrence);
		// Emergency staff act alone, as they do for notices; anyone else needs a second
		// person's approval.
		boolean active = author.mayIssueEmergencies();
		long id = table.insert(template, recurrence, author.name(), active, clock.instant());
		if (active) {
			table.approve(id, author.name());
		}
		return table.find(id).orElseThrow();
	}

	@Override
	@Transactional
	public Schedule approve(long scheduleId, StaffMember approver) {
		Schedule schedule = table.find(scheduleId)
			.orElseThrow(() -> new ScheduleApprovalRefusedException(ScheduleApprovalRefusedException.Reason.UNKNOWN,
					"There is no broadcast schedule " + scheduleId));
		if (schedule.createdBy().equals(approver.name())) {
			throw new ScheduleApprovalRefusedException(ScheduleApprovalRefusedException.Reason.OWN_SCHEDULE,
					"A second member of staff must approve this schedule, not its author");
		}
		if (!table.approve(scheduleId, approver.name())) {
			throw new ScheduleApprovalRefusedException(ScheduleApprovalRefusedException.Reason.ALREADY_APPROVED,
					"The broadcast schedule " + scheduleId + " is already approved");
		}
		return table.find(scheduleId).orElseThrow();
	}

	@Override
	public void stop(long scheduleId) {
		table.stop(scheduleId);
	}

	@Override
	public List<Schedule> list() {
		return table.all();
	}

	@Override
	public List<HandedOver> handedOver(long scheduleId, int limit) {
		return table.handedOver(scheduleId, limit);
	}

	private void check(Template template, Recurrence recurrence) {
		if (template.title() == null || template.title().isBlank() || template.body() == null
				|| template.body().isBlank() || template.channels().isEmpty()) {
			throw new InvalidScheduleException(Reason.TEMPLATE_INCOMPLETE,
					"A broadcast schedule needs a title, a body and at least one channel");
		}
		if (recurrence.frequency() == null || recurrence.at() == null) {
			throw new InvalidScheduleException(Reason.RECURRENCE_INCOMPLETE,
					"A broadcast schedule needs a frequency and a time of day");
		}
		switch (recurrence.frequency()) {
			case WEEKLY -> require(recurrence.dayOfWeek() != null, Reason.WEEKDAY_MISSING,
					"A weekly schedule needs a day of the week");
			case MONTHLY -> require(
					recurrence.dayOfMonth() != null && recurrence.dayOfMonth() >= 1 && recurrence.dayOfMonth() <= 31,
					Reason.MONTH_DAY_INVALID, "A monthly schedule needs a day of the month from 1 to 31");
			case DAILY, END_OF_MONTH -> {
			}
		}
		// Each occurrence becomes a notice: what the notifier would refuse then is
		// refused now, while staff write.
		try {
			notices.check(template.draft(null));
		}
		catch (InvalidNoticeException ex) {
			throw new InvalidScheduleException(ex);
		}
	}

	private static void require(boolean condition, Reason reason, String message) {
		if (!condition) {
			throw new InvalidScheduleException(reason, message);
		}
	}

}
