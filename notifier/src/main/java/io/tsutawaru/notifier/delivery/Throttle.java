package io.tsutawaru.notifier.delivery;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Spaces out calls to at most a given number per second within this process, so one
 * channel never exceeds its provider's rate limit. Each worker process throttles on its
 * own; configure the rate per process.
 */
public final class Throttle {

	private final long intervalNanos;

	private long next = System.nanoTime();

	public Throttle(int perSecond) {
		this.intervalNanos = TimeUnit.SECONDS.toNanos(1) / Math.max(1, perSecond);
	}

	/** Waits until the next call is allowed. */
	public void acquire() {
		long wait;
		synchronized (this) {
			long now = System.nanoTime();
			next = Math.max(next, now);
			wait = next - now;
			next += intervalNanos;
		}
		if (wait > 0) {
			LockSupport.parkNanos(wait);
		}
	}

}
