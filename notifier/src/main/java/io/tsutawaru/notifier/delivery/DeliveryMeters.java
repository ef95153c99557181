package io.tsutawaru.notifier.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.tsutawaru.notifier.Channel;
import io.tsutawaru.notifier.PublishedNotice;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The delivery meters an operator watches in a disaster (docs/ops/metrics.md): batches
 * and recipients per channel and outcome, the time from a notice's publication to the
 * first request to each channel, and what waits in the delivery streams. Tags are the
 * channel, the outcome and the queue only, never a notice, a resident or an address.
 */
@Component
class DeliveryMeters {

	/**
	 * Notice versions remembered for the first-request time: far more than are ever
	 * delivered at once.
	 */
	private static final int REMEMBERED = 10_000;

	private final MeterRegistry registry;

	private final Set<String> started = Collections.newSetFromMap(Collections.synchronizedMap(new LinkedHashMap<>() {

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
			return size() > REMEMBERED;
		}

	}));

	DeliveryMeters(ObjectProvider<MeterRegistry> registry, DeliveryQueue queue) {
		// The notifier's own tests run without the actuator, hence without a registry
		// bean.
		this.registry = registry.getIfAvailable(SimpleMeterRegistry::new);
		for (Channel channel : Channel.values()) {
			for (String outcome : new String[] { "sent", "failed", "retried" }) {
				batches(channel, outcome);
			}
			recipients(channel, "sent");
			recipients(channel, "failed");
			firstRequest(channel);
		}
		for (boolean emergency : new boolean[] { true, false }) {
			String name = emergency ? "emergency" : "routine";
			Gauge.builder("tsutawaru.delivery.queue.waiting", () -> queue.backlog(emergency).waiting())
				.description("Batches queued that no worker has read yet (counted up to 10,000)")
				.tag("queue", name)
				.register(this.registry);
			Gauge.builder("tsutawaru.delivery.queue.claimed", () -> queue.backlog(emergency).claimed())
				.description("Batches a worker has read and not yet finished")
				.tag("queue", name)
				.register(this.registry);
		}
	}

	/** One attempt of a batch ended: sent, failed for good, or to be retried. */
	void batch(Channel channel, String outcome) {
		batches(channel, outcome).increment();
	}

	/** A batch finished, with its recipients reached and refused. */
	void recipients(Channel channel, int sent, int failed) {
		recipients(channel, "sent").increment(sent);
		recipients(channel, "failed").increment(failed);
	}

	/**
	 * A batch is about to be sent: the first of a notice version on a channel records how
	 * long after publication the channel was first asked. Remembered per process, so with
	 * several workers each records its own first request, and the smallest is the real
	 * one.
	 */
	void attempting(DeliveryBatch batch, PublishedNotice notice) {
		if (notice.publishedAt() != null
				&& started.add(batch.noticeId() + "/" + batch.revision() + "/" + batch.channel().id())) {
			Duration waited = Duration.between(notice.publishedAt(), Instant.now());
			firstRequest(batch.channel()).record(waited.isNegative() ? Duration.ZERO : waited);
		}
	}

	private Counter batches(Channel channel, String outcome) {
		return Counter.builder("tsutawaru.delivery.batches")
			.description("Delivery batch attempts by what came of them")
			.tag("channel", channel.id())
			.tag("outcome", outcome)
			.register(registry);
	}

	private Counter recipients(Channel channel, String outcome) {
		return Counter.builder("tsutawaru.delivery.recipients")
			.description("Recipients (or documents) of finished batches, reached or refused")
			.tag("channel", channel.id())
			.tag("outcome", outcome)
			.register(registry);
	}

	private Timer firstRequest(Channel channel) {
		return Timer.builder("tsutawaru.delivery.first.request")
			.description("Time from a notice's publication to the first request to the channel")
			.tag("channel", channel.id())
			.publishPercentileHistogram()
			.minimumExpectedValue(Duration.ofMillis(10))
			.maximumExpectedValue(Duration.ofMinutes(10))
			.register(registry);
	}

}
