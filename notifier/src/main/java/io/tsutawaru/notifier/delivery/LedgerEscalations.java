package io.tsutawaru.notifier.delivery;

import java.time.Instant;
import java.util.Optional;

import io.tsutawaru.notifier.Channel;
import io.tsutawaru.notifier.Escalations;
import io.tsutawaru.notifier.Responses;

import org.springframework.stereotype.Component;

/**
 * {@link Escalations} over the delivery: the figures from the escalation's row (who had
 * no other channel) and the ledger (who was sent the notice again), so they say what was
 * sent, not what was planned.
 */
@Component
class LedgerEscalations implements Escalations {

	private final EscalationTable table;

	private final EscalationPlanner planner;

	LedgerEscalations(EscalationTable table, EscalationPlanner planner) {
		this.table = table;
		this.planner = planner;
	}

	@Override
	public void escalateDue(Instant now) {
		planner.escalateDue(now);
	}

	@Override
	public Optional<Responses.Escalated> of(long noticeId) {
		return table.find(noticeId).filter(EscalationTable.Row::started).map(row -> {
			long email = 0;
			long line = 0;
			for (EscalationTable.Sent sent : table.sent(noticeId)) {
				if (sent.channel().equals(Channel.EMAIL.name())) {
					email += sent.sent();
				}
				else if (sent.channel().equals(Channel.LINE.name())) {
					line += sent.sent();
				}
			}
			return new Responses.Escalated(email, line, row.noOtherChannel(), row.done());
		});
	}

}
