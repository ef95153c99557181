package io.tsutawaru.batch.broadcast;

import java.time.Instant;
import java.util.Set;

import io.tsutawaru.batch.BroadcastSchedules.Schedule;
import io.tsutawaru.notifier.NoticeDraft;
import io.tsutawaru.notifier.NoticeState;
import io.tsutawaru.notifier.NoticeView;
import io.tsutawaru.notifier.Notices;
import io.tsutawaru.notifier.StaffMember;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hands one due occurrence to the notifier as a notice, sent at the occurrence's time.
 * The occurrence is claimed first, in the same transaction as the notice (the notifier's
 * store joins it): a process that loses the claim to another creates nothing, and a
 * failure leaves neither a claim nor a notice behind, so the next minute tries again.
 */
@Component("batch.noticeHandOver")
class NoticeHandOver {

	private final ScheduleTable table;

	private final Notices notices;

	NoticeHandOver(ScheduleTable table, Notices notices) {
		this.table = table;
		this.notices = notices;
	}

	/**
	 * Whether this process handed the occurrence over; false when another process claimed
	 * it first.
	 */
	@Transactional
	public boolean handOver(Due due, Instant now) {
		if (!table.claim(due.schedule().id(), due.occurrence(), now)) {
			return false;
		}
		NoticeDraft draft = due.schedule().template().draft(due.occurrence());
		NoticeView notice = notices.create(draft, author(due.schedule()));
		if (notice.state() == NoticeState.AWAITING_APPROVAL) {
			// The schedule was approved once by a second member of staff; that approval
			// covers each occurrence.
			notice = notices.approve(notice.id(), new StaffMember(due.schedule().approvedBy(), Set.of("PR")));
		}
		table.recordNotice(due.schedule().id(), due.occurrence(), notice.id());
		return true;
	}

	/**
	 * The occurrence's author as the notifier should see them. Emergency staff's
	 * schedules are active at once, approved by their author (they act alone, as on
	 * notices); their occurrences are sent the same way, where a second member of staff's
	 * approval would be asked of the author themselves and refused.
	 */
	private static StaffMember author(Schedule schedule) {
		boolean actedAlone = schedule.createdBy().equals(schedule.approvedBy());
		return new StaffMember(schedule.createdBy(), Set.of(actedAlone ? "EMERGENCY" : "PR"));
	}

}
