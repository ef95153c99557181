package io.tsutawaru.app.sandbox.line;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.http.MediaType;

/**
 * What sandbox residents sent that LINE would keep for the bot to fetch: the images of
 * their messages, and the display names their profiles show.
 */
public class SandboxContent {

	private static final int MAX_IMAGES = 200;

	private final Map<String, Image> images = new ConcurrentHashMap<>();

	private final Map<String, String> displayNames = new ConcurrentHashMap<>();

	private final AtomicLong ids = new AtomicLong(470_000_000_000_000_000L);

	/** Keeps an image and returns the message id under which LINE would serve it. */
	public String storeImage(byte[] bytes, MediaType type) {
		if (images.size() >= MAX_IMAGES) {
			images.clear();
		}
		String id = nextMessageId();
		images.put(id, new Image(bytes, type));
		return id;
	}

	public String nextMessageId() {
		return String.valueOf(ids.incrementAndGet());
	}

	Optional<Image> image(String messageId) {
		return Optional.ofNullable(images.get(messageId));
	}

	public void rememberDisplayName(String userId, String displayName) {
		displayNames.put(userId, displayName);
	}

	String displayName(String userId) {
		return displayNames.getOrDefault(userId, "住民");
	}

	record Image(byte[] bytes, MediaType type) {
	}

}
