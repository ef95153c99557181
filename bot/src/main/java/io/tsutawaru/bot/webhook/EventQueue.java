package io.tsutawaru.bot.webhook;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import io.tsutawaru.bot.BotProperties;
import io.tsutawaru.bot.webhook.WebhookRejectedException.Reason;
import io.tsutawaru.infrastructure.redis.StreamBacklog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.redis.RedisSystemException;
import org.springframework.data.redis.connection.RedisConnection;
import org.springframework.data.domain.Range;
import org.springframework.data.redis.connection.RedisStreamCommands.XAddOptions;
import org.springframework.data.redis.connection.RedisStreamCommands.XClaimOptions;
import org.springframework.data.redis.connection.stream.ByteRecord;
import org.springframework.data.redis.connection.stream.Consumer;
import org.springframework.data.redis.connection.stream.MapRecord;
import org.springframework.data.redis.connection.stream.PendingMessage;
import org.springframework.data.redis.connection.stream.ReadOffset;
import org.springframework.data.redis.connection.stream.RecordId;
import org.springframework.data.redis.connection.stream.StreamOffset;
import org.springframework.data.redis.connection.stream.StreamReadOptions;
import org.springframework.data.redis.connection.stream.StreamRecords;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/**
 * The Redis streams webhook events wait in between the acknowledgement to LINE and their
 * handling. An event is in Redis before the 200 leaves, so once LINE is told it arrived
 * it survives a crash or restart of this process and is handled by whichever process
 * reads it next. Events are spread over partitions by resident, and each partition is
 * handled by one thread per process ({@link EventWorkers}), so a resident's events are
 * handled in the order they came.
 */
@Component
class EventQueue {

	private static final Logger log = LoggerFactory.getLogger(EventQueue.class);

	static final String GROUP = "bot";

	private static final String PREFIX = "tsutawaru:bot:webhook:";

	private static final byte[] FIELD = "event".getBytes(StandardCharsets.UTF_8);

	private final StringRedisTemplate redis;

	private final int partitions;

	private final XAddOptions trimming;

	EventQueue(StringRedisTemplate redis, BotProperties properties) {
		this.redis = redis;
		this.partitions = properties.webhook().partitions();
		// Handled entries stay in a stream until trimmed; the cap is far above any
		// backlog the workers leave.
		this.trimming = XAddOptions.maxlen(properties.webhook().streamMaxLength()).approximateTrimming(true);
	}

	/**
	 * What waits in one partition's stream, for the gauges; events are larger than batch
	 * ids, so fewer are counted.
	 */
	StreamBacklog backlog(int partition) {
		return new StreamBacklog(redis, PREFIX + partition, GROUP, 1_000);
	}

	/**
	 * A webhook event as LINE wrote it, and the resident it is from (or its id, for
	 * events without one).
	 */
	record Queued(String residentKey, String json) {
	}

	/** A stream entry read back. */
	record Entry(int partition, String recordId, String json) {

		/**
		 * Unique across partitions: each stream numbers its entries by time, so two may
		 * share an id.
		 */
		String key() {
			return key(partition, recordId);
		}

		static String key(int partition, String recordId) {
			return partition + "/" + recordId;
		}

	}

	int partitions() {
		return partitions;
	}

	/**
	 * Queues the events of one webhook call, or refuses the call (503, LINE delivers
	 * again) when Redis cannot.
	 */
	void add(List<Queued> events) {
		try {
			for (Queued event : events) {
				byte[] key = key(Math.floorMod(event.residentKey().hashCode(), partitions));
				var record = StreamRecords.newRecord().in(key).ofMap(Map.of(FIELD, bytes(event.json())));
				redis.execute((RedisConnection connection) -> connection.streamCommands().xAdd(record, trimming));
			}
		}
		catch (RuntimeException unreachable) {
			log.warn("Webhook events not queued, Redis unreachable: {}", unreachable.toString());
			throw new WebhookRejectedException(Reason.BUSY, "The bot cannot take events now; deliver them again later");
		}
	}

	/** Creates the streams and their consumer group unless they exist. */
	void prepare() {
		for (int partition = 0; partition < partitions; partition++) {
			byte[] key = key(partition);
			try {
				redis.execute((RedisConnection connection) -> connection.streamCommands()
					.xGroupCreate(key, GROUP, ReadOffset.from("0"), true));
			}
			catch (RedisSystemException ex) {
				if (!String.valueOf(ex.getMostSpecificCause().getMessage()).contains("BUSYGROUP")) {
					throw ex;
				}
			}
		}
	}

	/**
	 * New entries of any partition for this consumer; waits up to {@code block} when
	 * there are none.
	 */
	List<Entry> read(String consumer, int count, Duration block) {
		@SuppressWarnings("unchecked")
		StreamOffset<byte[]>[] offsets = new StreamOffset[partitions];
		for (int partition = 0; partition < partitions; partition++) {
			offsets[partition] = StreamOffset.create(key(partition), ReadOffset.lastConsumed());
		}
		List<ByteRecord> records = redis.execute((RedisConnection connection) -> connection.streamCommands()
			.xReadGroup(Consumer.from(GROUP, consumer), StreamReadOptions.empty().count(count).block(block), offsets));
		List<Entry> entries = new ArrayList<>();
		if (records != null) {
			for (ByteRecord record : records) {
				byte[] json = record.getValue().get(record.getValue().keySet().iterator().next());
				entries.add(new Entry(partitionOf(record.getStream()), record.getId().getValue(), text(json)));
			}
		}
		return entries;
	}

	/**
	 * Takes over entries that a consumer read but did not acknowledge within {@code idle}
	 * (its process died, or handling it failed). XPENDING and XCLAIM rather than
	 * XAUTOCLAIM, which Spring Data Redis has no method for.
	 * @param beingHandled whether this process is handling the entry of that
	 * {@link Entry#key() key} now (it waited long behind a backlog): such an entry is
	 * left alone. Checked before the claim, not after: an entry handled and acknowledged
	 * between the claim and a later check would otherwise be handled a second time.
	 */
	List<Entry> claimAbandoned(String consumer, Duration idle, int count, Predicate<String> beingHandled) {
		List<Entry> claimed = new ArrayList<>();
		for (int partition = 0; partition < partitions; partition++) {
			String key = PREFIX + partition;
			int claimedPartition = partition;
			List<RecordId> abandoned = redis.opsForStream()
				.pending(key, GROUP, Range.unbounded(), count)
				.stream()
				.filter(pending -> pending.getElapsedTimeSinceLastDelivery().compareTo(idle) >= 0)
				.map(PendingMessage::getId)
				.filter(id -> !beingHandled.test(Entry.key(claimedPartition, id.getValue())))
				.toList();
			if (abandoned.isEmpty()) {
				continue;
			}
			var options = XClaimOptions.minIdle(idle).ids(abandoned);
			for (MapRecord<String, Object, Object> record : redis.opsForStream().claim(key, GROUP, consumer, options)) {
				claimed.add(new Entry(partition, record.getId().getValue(),
						String.valueOf(record.getValue().get("event"))));
			}
		}
		return claimed;
	}

	void ack(Entry entry) {
		redis.execute((RedisConnection connection) -> connection.streamCommands()
			.xAck(key(entry.partition()), GROUP, entry.recordId()));
	}

	private static int partitionOf(byte[] key) {
		return Integer.parseInt(text(key).substring(PREFIX.length()));
	}

	private static byte[] key(int partition) {
		return bytes(PREFIX + partition);
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private static String text(Object value) {
		return value instanceof byte[] raw ? new String(raw, StandardCharsets.UTF_8) : String.valueOf(value);
	}

}
