package io.tsutawaru.bot;

import java.util.UUID;

/**
 * Webhook bodies as LINE sends them (Messaging API webhook format), one event each unless
 * combined.
 */
final class WebhookEvents {

	private WebhookEvents() {
	}

	static String body(String... events) {
		return "{\"destination\":\"Ubot\",\"events\":[" + String.join(",", events) + "]}";
	}

	static String text(String user, String replyToken, String text) {
		return message(user, replyToken,
				"{\"id\":\"" + id() + "\",\"type\":\"text\",\"quoteToken\":\"q\",\"text\":" + quote(text) + "}");
	}

	static String image(String user, String replyToken, String messageId) {
		return message(user, replyToken, "{\"id\":\"" + messageId
				+ "\",\"type\":\"image\",\"quoteToken\":\"q\",\"contentProvider\":{\"type\":\"line\"}}");
	}

	static String location(String user, String replyToken, double latitude, double longitude, String address) {
		return message(user, replyToken, "{\"id\":\"" + id() + "\",\"type\":\"location\",\"title\":null,\"address\":"
				+ quote(address) + ",\"latitude\":" + latitude + ",\"longitude\":" + longitude + "}");
	}

	static String sticker(String user, String replyToken) {
		return message(user, replyToken, "{\"id\":\"" + id()
				+ "\",\"type\":\"sticker\",\"packageId\":\"446\",\"stickerId\":\"1988\",\"stickerResourceType\":\"STATIC\",\"quoteToken\":\"q\"}");
	}

	static String postback(String user, String replyToken, String data) {
		return event("postback", user, replyToken, ",\"postback\":{\"data\":" + quote(data) + "}");
	}

	static String follow(String user, String replyToken) {
		return event("follow", user, replyToken, ",\"follow\":{\"isUnblocked\":false}");
	}

	static String unfollow(String user) {
		return event("unfollow", user, null, "");
	}

	/** An event of a kind LINE may add in future; the bot must shrug it off. */
	static String unknownKind(String user) {
		return event("somethingNew", user, null, ",\"detail\":{\"x\":1}");
	}

	static String message(String user, String replyToken, String message) {
		return event("message", user, replyToken, ",\"message\":" + message);
	}

	static String event(String type, String user, String replyToken, String extra) {
		return eventWithId(UUID.randomUUID().toString(), System.currentTimeMillis(), false, type, user, replyToken,
				extra);
	}

	static String eventWithId(String webhookEventId, long timestamp, boolean redelivery, String type, String user,
			String replyToken, String extra) {
		return "{\"type\":\"" + type + "\",\"mode\":\"active\",\"timestamp\":" + timestamp
				+ ",\"source\":{\"type\":\"user\",\"userId\":\"" + user + "\"},\"webhookEventId\":\"" + webhookEventId
				+ "\",\"deliveryContext\":{\"isRedelivery\":" + redelivery + "}"
				+ (replyToken == null ? "" : ",\"replyToken\":\"" + replyToken + "\"") + extra + "}";
	}

	static String quote(String text) {
		if (text == null) {
			return "null";
		}
		StringBuilder quoted = new StringBuilder("\"");
		for (char c : text.toCharArray()) {
			switch (c) {
				case '"' -> quoted.append("\\\"");
				case '\\' -> quoted.append("\\\\");
				case '\n' -> quoted.append("\\n");
				// As LINE writes them: JSON escapes for control characters and for halves
				// of characters alone.
				default -> quoted.append(c < 0x20 || Character.isSurrogate(c) ? String.format("\\u%04x", (int) c) : c);
			}
		}
		return quoted.append('"').toString();
	}

	private static String id() {
		return Long.toString(Math.abs(UUID.randomUUID().getMostSignificantBits()));
	}

}
