package io.tsutawaru.notifier.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;

/**
 * Looks for notices due for escalation every ten seconds, by the city's clock, in every
 * process: the escalation's row and lease let one of them plan each notice. The task runs
 * on the notifier's {@code escalationScheduler}, which stops it when the application
 * closes.
 */
@Component
class EscalationClock {

	private static final Logger log = LoggerFactory.getLogger(EscalationClock.class);

	static final Duration TICK = Duration.ofSeconds(10);

	private final EscalationPlanner planner;

	private final Clock clock;

	private final TaskScheduler scheduler;

	EscalationClock(EscalationPlanner planner, Clock clock, @Qualifier("escalationScheduler") TaskScheduler scheduler) {
		this.planner = planner;
		this.clock = clock;
		this.scheduler = scheduler;
	}

	/** From when the application is ready: escalating needs the delivery's queue. */
	@EventListener(ApplicationReadyEvent.class)
	void start() {
		scheduler.scheduleWithFixedDelay(this::tick, Instant.now().plus(TICK), TICK);
	}

	void tick() {
		try {
			planner.escalateDue(clock.instant());
		}
		catch (RuntimeException ex) {
			// The database away for a moment: the next tick tries again (a task that
			// throws is not run again).
			log.warn("Looking for notices to escalate failed: {}", ex.toString());
		}
	}

}
