package io.tsutawaru.bot.conversation;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import io.tsutawaru.bot.BotProperties;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/**
 * Dialog states kept in Redis with an expiry: a resident who walks away mid-dialog starts
 * fresh later, and every process serving the webhook sees the same state.
 */
@Component
public class DialogStates {

	private static final String PREFIX = "tsutawaru:bot:dialog:";

	private static final String DATA = "d.";

	private final StringRedisTemplate redis;

	private final BotProperties properties;

	DialogStates(StringRedisTemplate redis, BotProperties properties) {
		this.redis = redis;
		this.properties = properties;
	}

	/** The resident's unfinished dialog, if any. */
	public Optional<DialogState> find(String userId) {
		Map<Object, Object> hash = redis.opsForHash().entries(PREFIX + userId);
		Topic topic = Topic.fromCode((String) hash.get("topic"));
		if (topic == null) {
			return Optional.empty();
		}
		Map<String, String> data = new HashMap<>();
		hash.forEach((key, value) -> {
			if (key.toString().startsWith(DATA)) {
				data.put(key.toString().substring(DATA.length()), value.toString());
			}
		});
		return Optional.of(new DialogState(topic, (String) hash.get("step"), data));
	}

	/** Remembers where the resident is, replacing any earlier dialog. */
	public void save(String userId, DialogState state) {
		Map<String, String> hash = new HashMap<>();
		hash.put("topic", state.topic().code());
		hash.put("step", state.step());
		state.data().forEach((name, value) -> hash.put(DATA + name, value));
		String key = PREFIX + userId;
		redis.delete(key);
		redis.opsForHash().putAll(key, hash);
		redis.expire(key, properties.conversationTimeout());
	}

	/** Forgets the resident's dialog. */
	public void clear(String userId) {
		redis.delete(PREFIX + userId);
	}

}
