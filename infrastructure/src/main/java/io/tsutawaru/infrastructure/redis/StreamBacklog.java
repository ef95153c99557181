package io.tsutawaru.infrastructure.redis;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Range;
import org.springframework.data.redis.connection.Limit;
import org.springframework.data.redis.connection.stream.MapRecord;
import org.springframework.data.redis.connection.stream.StreamInfo.XInfoGroup;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * What waits in a Redis stream for one consumer group, for the operators' gauges: entries
 * no consumer has read yet, and entries read but not acknowledged (a worker has them, or
 * died with them). Works on Redis 6.2, whose XINFO has no {@code lag} yet: the waiting
 * entries are counted by reading past the group's last delivered id, at most
 * {@code limit} of them, so a scrape stays cheap however long the backlog grows.
 */
public final class StreamBacklog {

	private final StringRedisTemplate redis;

	private final String key;

	private final String group;

	private final int limit;

	/**
	 * @param limit the most waiting entries counted; a larger backlog reads as this
	 * number
	 */
	public StreamBacklog(StringRedisTemplate redis, String key, String group, int limit) {
		this.redis = redis;
		this.key = key;
		this.group = group;
		this.limit = limit;
	}

	/** Entries read by a consumer of the group and not yet acknowledged (XPENDING). */
	public long claimed() {
		if (!Boolean.TRUE.equals(redis.hasKey(key))) {
			return 0;
		}
		var summary = redis.opsForStream().pending(key, group);
		return summary == null ? 0 : summary.getTotalPendingMessages();
	}

	/** Entries no consumer of the group has read yet, up to the limit. */
	public long waiting() {
		return unread().size();
	}

	/**
	 * How long the oldest unread entry has waited (its id is the time it was added); zero
	 * when none waits.
	 */
	public Duration oldestWaiting(Instant now) {
		List<String> unread = unread();
		if (unread.isEmpty()) {
			return Duration.ZERO;
		}
		long added = Long.parseLong(unread.get(0).substring(0, unread.get(0).indexOf('-')));
		return Duration.between(Instant.ofEpochMilli(added), now);
	}

	private List<String> unread() {
		if (!Boolean.TRUE.equals(redis.hasKey(key))) {
			return List.of();
		}
		String last = redis.opsForStream()
			.groups(key)
			.stream()
			.filter(candidate -> group.equals(candidate.groupName()))
			.map(XInfoGroup::lastDeliveredId)
			.findFirst()
			.orElse("0-0");
		// Inclusive from the last delivered id (an exclusive bound needs Redis 6.2's
		// syntax, which Spring Data does
		// not write), so one more is read and the delivered one is left out.
		List<MapRecord<String, Object, Object>> records = redis.opsForStream()
			.range(key, Range.rightUnbounded(Range.Bound.inclusive(last)), Limit.limit().count(limit + 1));
		return records == null ? List.of()
				: records.stream()
					.map(record -> record.getId().getValue())
					.filter(id -> !id.equals(last))
					.limit(limit)
					.toList();
	}

}
