package io.tsutawaru.batch.broadcast;

import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Hands every due occurrence of the recurring broadcasts to the notifier, each in a
 * transaction of its own. No job run and no lock: the occurrences table's primary key is
 * the claim, so when several processes look at the same minute each occurrence goes out
 * once (PostgreSQL makes the second insert of a key wait for the first transaction, then
 * skip it). One occurrence that fails does not hold back the others; it is due again at
 * the next minute.
 */
@Component("batch.recurringBroadcasts")
class RecurringBroadcasts {

	private static final Logger log = LoggerFactory.getLogger(RecurringBroadcasts.class);

	/** What one look at the schedules did. */
	record HandOver(int handedOver, int takenElsewhere, int failed) {
	}

	private final DueOccurrences due;

	private final NoticeHandOver handOver;

	RecurringBroadcasts(DueOccurrences due, NoticeHandOver handOver) {
		this.due = due;
		this.handOver = handOver;
	}

	HandOver handOverDue(Instant now) {
		int handed = 0;
		int taken = 0;
		int failed = 0;
		for (Due occurrence : due.at(now)) {
			try {
				if (handOver.handOver(occurrence, now)) {
					handed++;
				}
				else {
					taken++;
				}
			}
			catch (RuntimeException ex) {
				failed++;
				// The schedule's id and time only: the template's text is the city's, but
				// staff read it on the console.
				log.error(
						"The occurrence {} of broadcast schedule {} could not be handed to the notifier; it is tried again "
								+ "at the next minute",
						occurrence.occurrence(), occurrence.schedule().id(), ex);
			}
		}
		if (handed + failed > 0) {
			log.info("Recurring broadcasts: {} occurrence(s) handed to the notifier, {} failed", handed, failed);
		}
		return new HandOver(handed, taken, failed);
	}

}
