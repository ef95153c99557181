package io.tsutawaru.notifier.notice;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;

import io.tsutawaru.notifier.DeliveryBatchSent;
import io.tsutawaru.notifier.DeliveryBatchSent.Plan;
import io.tsutawaru.notifier.NoticeState;
import io.tsutawaru.notifier.NoticeStateException;
import io.tsutawaru.notifier.PublishedNotice.MessageType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;

/**
 * Moves notices along by themselves: publishes scheduled notices when their time comes
 * (every second, in every process; the publication's revision check lets one win) and
 * marks a notice sent or partly failed when the delivery says its latest version is
 * finished ({@link DeliveryBatchSent}, the only way the end of a delivery is told).
 */
@Component
class NoticeClock implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(NoticeClock.class);

	private static final Duration TICK = Duration.ofSeconds(1);

	private final NoticeTable notices;

	private final NoticePublication publication;

	private final NoticeAuditLog audit;

	private final TaskScheduler scheduler;

	private volatile ScheduledFuture<?> ticking;

	NoticeClock(NoticeTable notices, NoticePublication publication, NoticeAuditLog audit,
			@Qualifier("noticeClockScheduler") TaskScheduler scheduler) {
		this.scheduler = scheduler;
		this.notices = notices;
		this.publication = publication;
		this.audit = audit;
	}

	@EventListener
	void on(DeliveryBatchSent sent) {
		if (!sent.plan().finished()) {
			return;
		}
		// An earlier version finishing after a later one was published says nothing about
		// the later one.
		NoticeRow row = notices.find(sent.noticeId()).orElse(null);
		if (row == null || row.state() != NoticeState.SENDING || row.revision() != sent.revision()) {
			return;
		}
		NoticeState done = sent.plan() == Plan.FINISHED_WITH_FAILURES ? NoticeState.PARTLY_FAILED : NoticeState.SENT;
		if (notices.transition(row.id(), NoticeState.SENDING, done, Instant.now())) {
			audit.record(row.id(), "system", done.name().toLowerCase(), "revision " + row.revision());
		}
	}

	void publishDue() {
		for (long id : notices.due(Instant.now())) {
			try {
				publication.publish(id, MessageType.ALERT, "system", "send time reached");
			}
			catch (NoticeStateException ex) {
				// Another process published it first.
			}
		}
	}

	@Override
	public void start() {
		ticking = scheduler.scheduleWithFixedDelay(() -> {
			try {
				publishDue();
			}
			catch (RuntimeException ex) {
				// The database away for a moment: the next second tries again (a task
				// that throws is not run again).
				log.warn("Publishing due notices failed: {}", ex.toString());
			}
		}, Instant.now().plus(TICK), TICK);
	}

	@Override
	public void stop() {
		ScheduledFuture<?> running = ticking;
		ticking = null;
		if (running != null) {
			running.cancel(false);
		}
	}

	@Override
	public boolean isRunning() {
		return ticking != null;
	}

}
