package io.tsutawaru.bot.webhook;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import com.linecorp.bot.webhook.model.Event;
import io.tsutawaru.bot.BotProperties;
import org.junit.jupiter.api.Test;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class EventWorkersTests {

	private static BotProperties properties(int partitions, int concurrency) {
		return new BotProperties(Duration.ofSeconds(20), Duration.ofSeconds(10), Duration.ofHours(24),
				Duration.ofMinutes(30), new BotProperties.RateLimit(20, Duration.ofMinutes(1)),
				new BotProperties.Webhook(DataSize.ofMegabytes(1), partitions, 100_000, Duration.ofMinutes(1),
						concurrency),
				Path.of("target"), DataSize.ofMegabytes(10), List.of("road"), List.of("roads"),
				new BotProperties.GeneralContact("総合案内", "", ""), new BotProperties.OfficeHours(
						Set.of(DayOfWeek.MONDAY), LocalTime.of(8, 30), LocalTime.of(17, 15), List.of(), List.of()));
	}

	/**
	 * A queue that hands out the given entries once, and records which it was told were
	 * handled.
	 */
	private static EventQueue queueOf(BotProperties properties, List<EventQueue.Entry> entries,
			List<String> acknowledged) {
		AtomicBoolean delivered = new AtomicBoolean();
		return new EventQueue(null, properties) {

			@Override
			void prepare() {
			}

			@Override
			List<Entry> read(String consumer, int count, Duration block) {
				return delivered.getAndSet(true) ? List.of() : entries;
			}

			@Override
			List<Entry> claimAbandoned(String consumer, Duration idle, int count, Predicate<String> beingHandled) {
				return List.of();
			}

			@Override
			void ack(Entry entry) {
				acknowledged.add(entry.key());
			}

		};
	}

	private static String event(String id) {
		return "{\"type\":\"unfollow\",\"mode\":\"active\",\"timestamp\":1,\"source\":{\"type\":\"user\",\"userId\":\"U1\"},"
				+ "\"webhookEventId\":\"" + id + "\",\"deliveryContext\":{\"isRedelivery\":false}}";
	}

	/**
	 * Two streams number their entries by the clock, so two partitions can hand out the
	 * very same entry id.
	 */
	@Test
	void handlesOneEventMoreThanProcessorsWhenTheAnsweringYieldsAndKeepsOneFreeOtherwise() {
		assertThat(EventWorkers.concurrency(0, 2, true)).isEqualTo(3);
		assertThat(EventWorkers.concurrency(0, 2, false)).isEqualTo(1);
		assertThat(EventWorkers.concurrency(0, 1, false)).isEqualTo(1);
		assertThat(EventWorkers.concurrency(0, 8, false)).isEqualTo(7);
		assertThat(EventWorkers.concurrency(5, 2, true)).isEqualTo(5);
		assertThat(EventWorkers.concurrency(5, 2, false)).isEqualTo(5);
	}

	@Test
	void handlesEntriesOfTwoPartitionsThatShareAnId() {
		List<String> processed = new CopyOnWriteArrayList<>();
		List<String> acknowledged = new CopyOnWriteArrayList<>();
		CountDownLatch bHandled = new CountDownLatch(1);
		AtomicBoolean aSawBHandled = new AtomicBoolean();
		BotProperties twoAtOnce = properties(2, 2);
		var queue = queueOf(twoAtOnce, List.of(new EventQueue.Entry(0, "1700000000000-0", event("a")),
				new EventQueue.Entry(1, "1700000000000-0", event("b"))), acknowledged);
		var processor = new EventProcessor(null, null, null, null, null, null) {

			/**
			 * "a" is still being handled when "b" must start: the two are handled side by
			 * side, or "a" gives up waiting. The wait is long because a busy CI machine
			 * may start a thread late (a 5 s wait once ran out there); only a wrong
			 * implementation makes it run out.
			 */
			@Override
			void process(Event event, boolean reclaimed) {
				try {
					if (event.webhookEventId().equals("a")) {
						aSawBHandled.set(bHandled.await(60, TimeUnit.SECONDS));
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
		var workers = new EventWorkers(queue, processor, new EventCodec(), twoAtOnce);

		workers.start();
		try {
			await().atMost(Duration.ofSeconds(90)).until(() -> acknowledged.size() == 2);
		}
		finally {
			workers.stop();
		}

		assertThat(aSawBHandled).as("b was handled while a was still being handled").isTrue();
		assertThat(processed).containsExactlyInAnyOrder("a", "b");
		assertThat(acknowledged).containsExactlyInAnyOrder("0/1700000000000-0", "1/1700000000000-0");
	}

	/**
	 * Answering yields to the web server: at most the configured number of events at a
	 * time, on threads of the lowest priority, whatever the number of partitions.
	 */
	@Test
	void handlesNoMoreEventsAtOnceThanConfiguredOnLowPriorityThreads() {
		BotProperties oneAtATime = properties(4, 1);
		List<EventQueue.Entry> entries = new ArrayList<>();
		for (int partition = 0; partition < 4; partition++) {
			entries.add(new EventQueue.Entry(partition, "1700000000000-" + partition, event("e" + partition)));
		}
		List<String> acknowledged = new CopyOnWriteArrayList<>();
		AtomicInteger busy = new AtomicInteger();
		AtomicInteger mostAtOnce = new AtomicInteger();
		List<Integer> priorities = new CopyOnWriteArrayList<>();
		var processor = new EventProcessor(null, null, null, null, null, null) {

			@Override
			void process(Event event, boolean reclaimed) {
				mostAtOnce.accumulateAndGet(busy.incrementAndGet(), Math::max);
				priorities.add(Thread.currentThread().getPriority());
				try {
					Thread.sleep(50);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				busy.decrementAndGet();
			}

		};
		var workers = new EventWorkers(queueOf(oneAtATime, entries, acknowledged), processor, new EventCodec(),
				oneAtATime);

		workers.start();
		try {
			await().atMost(Duration.ofSeconds(60)).until(() -> acknowledged.size() == 4);
		}
		finally {
			workers.stop();
		}

		assertThat(mostAtOnce).hasValue(1);
		assertThat(priorities).hasSize(4).containsOnly(Thread.MIN_PRIORITY);
	}

}
