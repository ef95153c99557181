package io.tsutawaru.bot.webhook;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.tsutawaru.infrastructure.redis.StreamBacklog;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The webhook's meters (docs/ops/metrics.md): how long LINE waits for its
 * acknowledgement, and the events waiting to be handled over all partitions, as a count
 * and as the age of the oldest, which is what a resident feels.
 */
@Component
class WebhookMeters {

	private final Timer accepted;

	private final Timer rejected;

	WebhookMeters(ObjectProvider<MeterRegistry> registry, EventQueue queue) {
		// The bot's own tests run without the actuator, hence without a registry bean.
		MeterRegistry meters = registry.getIfAvailable(SimpleMeterRegistry::new);
		this.accepted = acknowledgement(meters, "accepted");
		this.rejected = acknowledgement(meters, "rejected");
		List<StreamBacklog> partitions = IntStream.range(0, queue.partitions()).mapToObj(queue::backlog).toList();
		Gauge
			.builder("tsutawaru.webhook.events.waiting",
					() -> partitions.stream().mapToLong(StreamBacklog::waiting).sum())
			.description("Webhook events no worker has read yet (counted up to 1,000 per partition)")
			.register(meters);
		Gauge
			.builder("tsutawaru.webhook.events.claimed",
					() -> partitions.stream().mapToLong(StreamBacklog::claimed).sum())
			.description("Webhook events a worker has read and not yet finished")
			.register(meters);
		Gauge.builder("tsutawaru.webhook.events.oldest", () -> oldest(partitions).toMillis() / 1000.0)
			.description("Seconds the oldest unread webhook event has waited")
			.baseUnit("seconds")
			.register(meters);
	}

	/**
	 * The time from the request's arrival to the answer to LINE, by whether the events
	 * were queued.
	 */
	void acknowledged(long startNanos, boolean queued) {
		(queued ? accepted : rejected).record(Duration.ofNanos(System.nanoTime() - startNanos));
	}

	private static Duration oldest(List<StreamBacklog> partitions) {
		Instant now = Instant.now();
		return partitions.stream()
			.map(partition -> partition.oldestWaiting(now))
			.max(Duration::compareTo)
			.orElse(Duration.ZERO);
	}

	private static Timer acknowledgement(MeterRegistry meters, String outcome) {
		return Timer.builder("tsutawaru.webhook.acknowledgement")
			.description("Time to answer a LINE webhook call (LINE gives up after a few seconds)")
			.tag("outcome", outcome)
			.publishPercentileHistogram()
			.minimumExpectedValue(Duration.ofMillis(1))
			.maximumExpectedValue(Duration.ofSeconds(10))
			.register(meters);
	}

}
