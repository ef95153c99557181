package io.tsutawaru.notifier.delivery;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.tsutawaru.notifier.NotifierProperties;
import io.tsutawaru.infrastructure.redis.StreamBacklog;

import org.springframework.data.domain.Range;
import org.springframework.data.redis.RedisSystemException;
import org.springframework.data.redis.connection.RedisStreamCommands.XClaimOptions;
import org.springframework.data.redis.connection.stream.Consumer;
import org.springframework.data.redis.connection.stream.MapRecord;
import org.springframework.data.redis.connection.stream.PendingMessage;
import org.springframework.data.redis.connection.stream.ReadOffset;
import org.springframework.data.redis.connection.stream.RecordId;
import org.springframework.data.redis.connection.stream.StreamOffset;
import org.springframework.data.redis.connection.stream.StreamReadOptions;
import org.springframework.data.redis.connection.stream.StreamRecords;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/**
 * Batch ids on two Redis streams read by one consumer group, so any number of worker
 * processes share the work. Emergencies have their own stream that workers always drain
 * first, so an alert never waits behind a routine broadcast of a million residents.
 */
@Component
class DeliveryQueue {

	private static final String FIELD = "batch";

	/**
	 * Pending entries looked at per claim: every worker's in-flight batches, and the
	 * abandoned ones after them.
	 */
	private static final long PENDING_SCAN = 1_000;

	private final StringRedisTemplate redis;

	private final String emergencies;

	private final String routine;

	private final String group;

	private final StreamBacklog emergencyBacklog;

	private final StreamBacklog routineBacklog;

	DeliveryQueue(StringRedisTemplate redis, NotifierProperties properties) {
		this.redis = redis;
		this.emergencies = properties.fanOut().streamKey() + ":emergency";
		this.routine = properties.fanOut().streamKey() + ":routine";
		this.group = properties.fanOut().consumerGroup();
		// Batch entries are a few bytes each, so counting ten thousand waiting ones is
		// still a cheap scrape.
		this.emergencyBacklog = new StreamBacklog(redis, emergencies, group, 10_000);
		this.routineBacklog = new StreamBacklog(redis, routine, group, 10_000);
	}

	/** What waits in the emergency or the routine stream, for the gauges. */
	StreamBacklog backlog(boolean emergency) {
		return emergency ? emergencyBacklog : routineBacklog;
	}

	/** Creates the streams and the consumer group unless they exist. */
	void prepare() {
		for (String key : List.of(emergencies, routine)) {
			try {
				redis.opsForStream().createGroup(key, ReadOffset.from("0"), group);
			}
			catch (RedisSystemException ex) {
				if (ex.getMessage() == null
						|| !String.valueOf(ex.getMostSpecificCause().getMessage()).contains("BUSYGROUP")) {
					throw ex;
				}
			}
		}
	}

	/**
	 * Whether both streams still carry the consumer group. False after Redis lost its
	 * data (restarted without a journal, or a replica promoted before it had the latest
	 * writes): the entries of unfinished batches are gone.
	 */
	boolean intact() {
		for (String key : List.of(emergencies, routine)) {
			if (!Boolean.TRUE.equals(redis.hasKey(key))
					|| redis.opsForStream().groups(key).stream().noneMatch(g -> group.equals(g.groupName()))) {
				return false;
			}
		}
		return true;
	}

	void add(long batchId, boolean emergency) {
		redis.opsForStream()
			.add(StreamRecords.newRecord()
				.in(emergency ? emergencies : routine)
				.ofMap(Map.of(FIELD, String.valueOf(batchId))));
	}

	/**
	 * Up to {@code count} new entries, emergencies first; waits at most {@code block}
	 * when both streams are empty.
	 */
	List<Entry> next(String consumer, int count, Duration block) {
		List<Entry> urgent = read(consumer, count, null, emergencies);
		if (!urgent.isEmpty()) {
			return urgent;
		}
		return read(consumer, count, block, emergencies, routine);
	}

	/**
	 * Up to {@code count} new emergency entries; waits at most {@code block} when there
	 * is none.
	 */
	List<Entry> nextEmergency(String consumer, int count, Duration block) {
		return read(consumer, count, block, emergencies);
	}

	void ack(Entry entry) {
		redis.opsForStream().acknowledge(entry.stream(), group, RecordId.of(entry.recordId()));
	}

	/**
	 * Tells the group this consumer still works on the entry (XCLAIM to itself resets its
	 * idle time), so that a batch waiting minutes for a gateway to come back is not
	 * claimed by another worker as abandoned.
	 */
	void touch(Entry entry, String consumer) {
		redis.execute((RedisCallback<Object>) c -> c.execute("XCLAIM", bytes(entry.stream()), bytes(group),
				bytes(consumer), bytes("0"), bytes(entry.recordId()), bytes("JUSTID")));
	}

	/**
	 * Takes over entries another consumer read but did not acknowledge within
	 * {@code idle} (it died or hangs). XPENDING finds them and XCLAIM with a minimum idle
	 * time takes them, so two workers never both get one. (The raw XAUTOCLAIM used before
	 * had no reply type in Spring Data Redis: Redis moved the entries to the claiming
	 * worker, but the reply came back unreadable, so the worker never delivered them.)
	 */
	List<Entry> claimAbandoned(String consumer, Duration idle, int count) {
		List<Entry> claimed = new ArrayList<>();
		for (String key : List.of(emergencies, routine)) {
			List<RecordId> abandoned = new ArrayList<>();
			for (PendingMessage pending : redis.opsForStream().pending(key, group, Range.unbounded(), PENDING_SCAN)) {
				if (pending.getElapsedTimeSinceLastDelivery().compareTo(idle) >= 0 && abandoned.size() < count) {
					abandoned.add(pending.getId());
				}
			}
			if (abandoned.isEmpty()) {
				continue;
			}
			List<MapRecord<String, Object, Object>> records = redis.opsForStream()
				.claim(key, group, consumer, XClaimOptions.minIdle(idle).ids(abandoned));
			for (MapRecord<String, Object, Object> record : records) {
				claimed.add(new Entry(key, record.getId().getValue(),
						Long.parseLong(String.valueOf(record.getValue().get(FIELD)))));
			}
		}
		return claimed;
	}

	@SuppressWarnings("unchecked")
	private List<Entry> read(String consumer, int count, Duration block, String... keys) {
		StreamReadOptions options = StreamReadOptions.empty().count(count);
		if (block != null) {
			options = options.block(block);
		}
		StreamOffset<String>[] offsets = new StreamOffset[keys.length];
		for (int i = 0; i < keys.length; i++) {
			offsets[i] = StreamOffset.create(keys[i], ReadOffset.lastConsumed());
		}
		List<MapRecord<String, Object, Object>> records = redis.opsForStream()
			.read(Consumer.from(group, consumer), options, offsets);
		List<Entry> entries = new ArrayList<>();
		if (records != null) {
			for (MapRecord<String, Object, Object> record : records) {
				entries.add(new Entry(record.getStream(), record.getId().getValue(),
						Long.parseLong(String.valueOf(record.getValue().get(FIELD)))));
			}
		}
		entries.sort((a, b) -> Boolean.compare(b.stream().equals(emergencies), a.stream().equals(emergencies)));
		return entries;
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	/** A stream entry naming a batch. */
	record Entry(String stream, String recordId, long batchId) {
	}

}
