package io.tsutawaru.app.console;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import io.tsutawaru.notifier.Notices;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Streams a notice's delivery progress to the browser as server-sent events until it has
 * settled. The figures come from the notifier's delivery ledger, which is shared by every
 * process, so polling it here shows the work of every worker; a quarter second is quick
 * enough for a person and cheap for the database.
 */
@Component
class ProgressStreams implements DisposableBean {

	static final Duration EVERY = Duration.ofMillis(250);

	static final Duration LONGEST = Duration.ofMinutes(15);

	static final Duration RECONNECT = Duration.ofSeconds(3);

	private final ScheduledExecutorService ticks = Executors.newSingleThreadScheduledExecutor(
			runnable -> Thread.ofPlatform().daemon().name("console-progress").unstarted(runnable));

	private final Notices notices;

	ProgressStreams(Notices notices) {
		this.notices = notices;
	}

	SseEmitter stream(long noticeId) {
		return poll(EVERY, LONGEST, emitter -> {
			DeliveryFigures figures = DeliveryFigures.of(notices.find(noticeId));
			emitter.send(SseEmitter.event()
				.name("progress")
				.reconnectTime(RECONNECT.toMillis())
				.data(figures, MediaType.APPLICATION_JSON));
			// Only a notice being delivered changes by the second; for one that waits
			// (for approval, for its
			// send time) the stream ends at once and the browser asks again a little
			// later.
			return figures.finished() || !figures.inFlight();
		});
	}

	/**
	 * One look at what a stream shows: sends what changed, and says whether the stream is
	 * over.
	 */
	@FunctionalInterface
	interface Tick {

		boolean sendAndSettle(SseEmitter emitter) throws IOException;

	}

	/**
	 * A stream that looks every {@code every} until {@code tick} says it is over, the
	 * browser goes away or {@code longest} has passed; also for other live figures of the
	 * console (the answers to an alert).
	 */
	SseEmitter poll(Duration every, Duration longest, Tick tick) {
		SseEmitter emitter = new SseEmitter(longest.toMillis());
		AtomicReference<ScheduledFuture<?>> task = new AtomicReference<>();
		Runnable stop = () -> {
			ScheduledFuture<?> running = task.get();
			if (running != null) {
				running.cancel(false);
			}
		};
		emitter.onCompletion(stop);
		emitter.onTimeout(stop);
		emitter.onError(error -> stop.run());
		task.set(ticks.scheduleWithFixedDelay(() -> {
			try {
				if (tick.sendAndSettle(emitter)) {
					stop.run();
					emitter.complete();
				}
			}
			catch (IOException | IllegalStateException ex) {
				// The browser went away (or the emitter already completed): nothing left
				// to tell.
				stop.run();
			}
			catch (RuntimeException ex) {
				stop.run();
				emitter.completeWithError(ex);
			}
		}, 0, every.toMillis(), TimeUnit.MILLISECONDS));
		return emitter;
	}

	@Override
	public void destroy() {
		ticks.shutdownNow();
	}

}
