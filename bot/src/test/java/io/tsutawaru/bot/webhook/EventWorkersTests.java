package io.tsutawaru.bot.webhook;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import com.linecorp.bot.webhook.model.Event;
import io.tsutawaru.bot.BotProperties;
import org.junit.jupiter.api.Test;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class EventWorkersTests {

	private static final BotProperties PROPERTIES = new BotProperties(Duration.ofSeconds(20), Duration.ofSeconds(10),
			Duration.ofHours(24), Duration.ofMinutes(30), new BotProperties.RateLimit(20, Duration.ofMinutes(1)),
			new BotProperties.Webhook(DataSize.ofMegabytes(1), 2, 100_000, Duration.ofMinutes(1)), Path.of("target"),
			DataSize.ofMegabytes(10), List.of("road"), new BotProperties.GeneralContact("総合案内", "", ""));

	private static String event(String id) {
		return "{\"type\":\"unfollow\",\"mode\":\"active\",\"timestamp\":1,\"source\":{\"type\":\"user\",\"userId\":\"U1\"},"
				+ "\"webhookEventId\":\"" + id + "\",\"deliveryContext\":{\"isRedelivery\":false}}";
	}

	/** Two streams number their entries by the clock, so two partitions can hand out the very same entry id. */
	@Test
	void handlesEntriesOfTwoPartitionsThatShareAnId() {
		List<String> processed = new CopyOnWriteArrayList<>();
		List<String> acknowledged = new CopyOnWriteArrayList<>();
		AtomicBoolean delivered = new AtomicBoolean();
		CountDownLatch bHandled = new CountDownLatch(1);
		var queue = new EventQueue(null, PROPERTIES) {

			@Override
			void prepare() {
			}

			@Override
			List<Entry> read(String consumer, int count, Duration block) {
				if (delivered.getAndSet(true)) {
					return List.of();
				}
				return List.of(new Entry(0, "1700000000000-0", event("a")), new Entry(1, "1700000000000-0", event("b")));
			}

			@Override
			List<Entry> claimAbandoned(String consumer, Duration idle, int count) {
				return List.of();
			}

			@Override
			void ack(Entry entry) {
				acknowledged.add(entry.key());
			}

		};
		var processor = new EventProcessor(null, null, null, null, null, null) {

			/** "a" is still being handled when "b" must start: the two are handled side by side, or not at all. */
			@Override
			void process(Event event, boolean reclaimed) {
				try {
					if (event.webhookEventId().equals("a")) {
						bHandled.await(5, TimeUnit.SECONDS);
					}
					else {
						bHandled.countDown();
					}
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				processed.add(event.webhookEventId());
			}

		};
		var workers = new EventWorkers(queue, processor, new EventCodec(), PROPERTIES);

		workers.start();
		try {
			await().atMost(Duration.ofSeconds(60)).until(() -> acknowledged.size() == 2);
		}
		finally {
			workers.stop();
		}

		assertThat(processed).containsExactly("b", "a");
		assertThat(acknowledged).containsExactlyInAnyOrder("0/1700000000000-0", "1/1700000000000-0");
	}

}
