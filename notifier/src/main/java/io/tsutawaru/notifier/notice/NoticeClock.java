package io.tsutawaru.notifier.notice;

import java.time.Duration;
import java.time.Instant;

import io.tsutawaru.notifier.DeliveryBatchSent;
import io.tsutawaru.notifier.NoticeState;
import io.tsutawaru.notifier.NoticeStateException;
import io.tsutawaru.notifier.PublishedNotice.MessageType;
import io.tsutawaru.notifier.delivery.DeliveryProgress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Moves notices along by themselves: publishes scheduled notices when their time comes (every second, in every
 * process; the publication's revision check lets one win) and marks a notice sent or partly failed when the
 * last batch of its latest version is finished.
 */
@Component
class NoticeClock implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(NoticeClock.class);

	private final NoticeTable notices;

	private final NoticePublication publication;

	private final NoticeAuditLog audit;

	private final DeliveryProgress progress;

	private volatile Thread thread;

	NoticeClock(NoticeTable notices, NoticePublication publication, NoticeAuditLog audit, DeliveryProgress progress) {
		this.notices = notices;
		this.publication = publication;
		this.audit = audit;
		this.progress = progress;
	}

	@EventListener
	void on(DeliveryBatchSent sent) {
		notices.find(sent.noticeId()).ifPresent(this::completeIfDone);
	}

	private void completeIfDone(NoticeRow row) {
		if (row.state() != NoticeState.SENDING) {
			return;
		}
		Boolean failures = progress.finishedWithFailures(row.id(), row.revision());
		if (failures != null) {
			NoticeState done = failures ? NoticeState.PARTLY_FAILED : NoticeState.SENT;
			if (notices.transition(row.id(), NoticeState.SENDING, done, Instant.now())) {
				audit.record(row.id(), "system", done.name().toLowerCase(), "revision " + row.revision());
			}
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
		// A version with nothing left to deliver (e.g. no recipient batches) gets no batch event to finish on.
		notices.sending().forEach(id -> notices.find(id).ifPresent(this::completeIfDone));
	}

	@Override
	public void start() {
		thread = Thread.ofPlatform().name("notice-clock").daemon().start(() -> {
			while (thread != null) {
				try {
					Thread.sleep(Duration.ofSeconds(1));
					publishDue();
				}
				catch (InterruptedException ex) {
					return;
				}
				catch (RuntimeException ex) {
					log.warn("Publishing due notices failed: {}", ex.toString());
				}
			}
		});
	}

	@Override
	public void stop() {
		Thread running = thread;
		thread = null;
		if (running != null) {
			running.interrupt();
		}
	}

	@Override
	public boolean isRunning() {
		return thread != null;
	}

}
