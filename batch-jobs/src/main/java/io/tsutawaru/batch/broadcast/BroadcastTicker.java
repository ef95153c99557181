package io.tsutawaru.batch.broadcast;

import java.time.Clock;
import java.util.concurrent.locks.ReentrantLock;

import io.tsutawaru.batch.BatchProperties;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.SimpleAsyncTaskScheduler;
import org.springframework.scheduling.support.CronTrigger;
import org.springframework.stereotype.Component;

/**
 * Looks at the recurring broadcasts at the start of every minute of the city's clock, so
 * an occurrence at 18:00 is handed over at 18:00:00. A plain scheduled task, not a batch
 * job: it has no run to record or continue (the occurrences table is its whole state).
 * Off where the batch schedules are off ({@code tsutawaru.batch.scheduling=false}, a
 * process started with {@code --job}).
 */
@Component("batch.broadcastTicker")
class BroadcastTicker implements SmartLifecycle {

	static final String EVERY_MINUTE = "0 * * * * *";

	private final RecurringBroadcasts broadcasts;

	private final Clock clock;

	private final boolean enabled;

	private final ReentrantLock looking = new ReentrantLock();

	private SimpleAsyncTaskScheduler scheduler;

	@Autowired
	BroadcastTicker(RecurringBroadcasts broadcasts, Clock clock, BatchProperties properties,
			ApplicationArguments arguments) {
		this(broadcasts, clock, properties.scheduling() && !arguments.containsOption("job"));
	}

	/**
	 * A ticker on this clock, started or not (tests start one on a clock of their own).
	 */
	BroadcastTicker(RecurringBroadcasts broadcasts, Clock clock, boolean enabled) {
		this.broadcasts = broadcasts;
		this.clock = clock;
		this.enabled = enabled;
	}

	@Override
	public synchronized void start() {
		if (!enabled || scheduler != null) {
			return;
		}
		scheduler = new SimpleAsyncTaskScheduler();
		scheduler.setClock(clock);
		scheduler.setVirtualThreads(true);
		scheduler.setThreadNamePrefix("broadcasts-");
		scheduler.schedule(this::look, new CronTrigger(EVERY_MINUTE, clock.getZone()));
	}

	/**
	 * One look at a time in this process: a minute that overran is not raced by the next
	 * (that one is skipped).
	 */
	private void look() {
		if (looking.tryLock()) {
			try {
				broadcasts.handOverDue(clock.instant());
			}
			finally {
				looking.unlock();
			}
		}
	}

	@Override
	public synchronized void stop() {
		if (scheduler != null) {
			scheduler.close();
			scheduler = null;
		}
	}

	@Override
	public synchronized boolean isRunning() {
		return scheduler != null;
	}

}
