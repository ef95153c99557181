package io.tsutawaru.app.reliability.input;

import java.util.HashMap;
import java.util.Map;

import org.springframework.data.domain.Range;
import org.springframework.data.redis.connection.stream.StreamInfo.XInfoGroup;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * Looks into the bot's webhook event streams from outside, as an operator would with
 * redis-cli: how many entries were added, what they contain, and whether the consumer
 * group has read and acknowledged every one.
 */
final class EventQueueProbe {

	/** The bot's stream keys (its {@code EventQueue}): one stream per partition. */
	private static final String PREFIX = "tsutawaru:bot:webhook:";

	private final StringRedisTemplate redis;

	private final int partitions;

	EventQueueProbe(StringRedisTemplate redis, int partitions) {
		this.redis = redis;
		this.partitions = partitions;
	}

	/**
	 * Per partition, its length and the id of its newest entry (null for a stream not yet
	 * created).
	 */
	record Snapshot(Map<Integer, Long> lengths, Map<Integer, String> lastIds) {
	}

	Snapshot snapshot() {
		Map<Integer, Long> lengths = new HashMap<>();
		Map<Integer, String> lastIds = new HashMap<>();
		for (int partition = 0; partition < partitions; partition++) {
			String key = PREFIX + partition;
			Long length = redis.opsForStream().size(key);
			lengths.put(partition, length == null ? 0 : length);
			if (length != null && length > 0) {
				lastIds.put(partition, redis.opsForStream().info(key).lastGeneratedId());
			}
		}
		return new Snapshot(lengths, lastIds);
	}

	/**
	 * Entries added since the snapshot (the streams are capped far above what a test
	 * adds).
	 */
	long added(Snapshot before) {
		Snapshot now = snapshot();
		long added = 0;
		for (int partition = 0; partition < partitions; partition++) {
			added += now.lengths().get(partition) - before.lengths().get(partition);
		}
		return added;
	}

	/** How many entries added since the snapshot contain the text anywhere. */
	long entriesContaining(Snapshot before, String text) {
		long found = 0;
		for (int partition = 0; partition < partitions; partition++) {
			String last = before.lastIds().get(partition);
			Range<String> range = last == null ? Range.unbounded()
					: Range.of(Range.Bound.exclusive(last), Range.Bound.unbounded());
			found += redis.opsForStream()
				.range(PREFIX + partition, range)
				.stream()
				.filter(entry -> String.valueOf(entry.getValue()).contains(text))
				.count();
		}
		return found;
	}

	/**
	 * Every entry read by the bot's consumer group and acknowledged: nothing waits,
	 * nothing is half done.
	 */
	boolean drained() {
		for (int partition = 0; partition < partitions; partition++) {
			String key = PREFIX + partition;
			if (!Boolean.TRUE.equals(redis.hasKey(key))) {
				continue;
			}
			String last = redis.opsForStream().info(key).lastGeneratedId();
			boolean caughtUp = redis.opsForStream()
				.groups(key)
				.stream()
				.anyMatch(group -> last.equals(lastDelivered(group)) && group.pendingCount() == 0);
			if (!caughtUp) {
				return false;
			}
		}
		return true;
	}

	private static String lastDelivered(XInfoGroup group) {
		return group.lastDeliveredId();
	}

}
