package io.tsutawaru.batch.broadcast;

import java.util.Set;

import io.tsutawaru.batch.BroadcastSchedules.Schedule;
import io.tsutawaru.batch.file.RunContext;
import io.tsutawaru.notifier.NoticeDraft;
import io.tsutawaru.notifier.NoticeState;
import io.tsutawaru.notifier.NoticeView;
import io.tsutawaru.notifier.Notices;
import io.tsutawaru.notifier.StaffMember;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;

/**
 * Hands each due occurrence to the notifier as a notice, sent at the occurrence's time. The occurrence is claimed
 * first, in the same transaction as the notice (the notifier's store joins it): a run that loses the claim to
 * another process creates nothing, and a rolled-back chunk leaves neither a claim nor a notice behind.
 */
class NoticeHandOver implements ItemStreamWriter<Due> {

	private final ScheduleTable table;

	private final Notices notices;

	private long handedOver;

	private long takenElsewhere;

	NoticeHandOver(ScheduleTable table, Notices notices) {
		this.table = table;
		this.notices = notices;
	}

	@Override
	public void open(ExecutionContext context) {
		handedOver = RunContext.count(context, "handedOver");
		takenElsewhere = RunContext.count(context, "takenElsewhere");
	}

	@Override
	public void write(Chunk<? extends Due> chunk) {
		long handed = 0;
		long taken = 0;
		for (Due due : chunk) {
			if (!table.claim(due.schedule().id(), due.occurrence())) {
				taken++;
				continue;
			}
			NoticeDraft draft = due.schedule().template().draft(due.occurrence());
			NoticeView notice = notices.create(draft, author(due.schedule()));
			if (notice.state() == NoticeState.AWAITING_APPROVAL) {
				// The schedule was approved once by a second member of staff; that approval covers each occurrence.
				notice = notices.approve(notice.id(), new StaffMember(due.schedule().approvedBy(), Set.of("PR")));
			}
			table.recordNotice(due.schedule().id(), due.occurrence(), notice.id());
			handed++;
		}
		handedOver += handed;
		takenElsewhere += taken;
	}

	/**
	 * The occurrence's author as the notifier should see them. Emergency staff's schedules are active at once, approved
	 * by their author (they act alone, as on notices); their occurrences are sent the same way, where a second member of
	 * staff's approval would be asked of the author themselves and refused.
	 */
	private static StaffMember author(Schedule schedule) {
		boolean actedAlone = schedule.createdBy().equals(schedule.approvedBy());
		return new StaffMember(schedule.createdBy(), Set.of(actedAlone ? "EMERGENCY" : "PR"));
	}

	@Override
	public void update(ExecutionContext context) {
		RunContext.set(context, "handedOver", handedOver);
		RunContext.set(context, "takenElsewhere", takenElsewhere);
	}

}
