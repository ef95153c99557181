package io.tsutawaru.app.reliability.input;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.List;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Webhook events and bodies as LINE writes them (Messaging API reference, "Webhook Event
 * Objects"), and LINE's signature of a body. The fuzzer starts from these and breaks
 * them.
 */
final class WebhookBodies {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private final String channelSecret;

	WebhookBodies(String channelSecret) {
		this.channelSecret = channelSecret;
	}

	/** An event of a resident with everything LINE always sends. */
	static ObjectNode event(String type, String userId, String replyToken, String eventId) {
		ObjectNode event = JSON.createObjectNode();
		event.put("type", type)
			.put("mode", "active")
			.put("timestamp", System.currentTimeMillis())
			.put("webhookEventId", eventId);
		if (replyToken != null) {
			event.put("replyToken", replyToken);
		}
		event.putObject("deliveryContext").put("isRedelivery", false);
		event.putObject("source").put("type", "user").put("userId", userId);
		return event;
	}

	static ObjectNode text(String userId, String replyToken, String eventId, String text) {
		ObjectNode event = event("message", userId, replyToken, eventId);
		event.putObject("message")
			.put("id", eventId + "m")
			.put("type", "text")
			.put("quoteToken", "q")
			.put("text", text);
		return event;
	}

	static ObjectNode sticker(String userId, String replyToken, String eventId) {
		ObjectNode event = event("message", userId, replyToken, eventId);
		event.putObject("message")
			.put("id", eventId + "m")
			.put("type", "sticker")
			.put("quoteToken", "q")
			.put("packageId", "446")
			.put("stickerId", "1988")
			.put("stickerResourceType", "STATIC");
		return event;
	}

	/**
	 * A message of a type the bot cannot read (video, audio, file) or that LINE may add
	 * one day.
	 */
	static ObjectNode otherMessage(String userId, String replyToken, String eventId, String type) {
		ObjectNode event = event("message", userId, replyToken, eventId);
		event.putObject("message").put("id", eventId + "m").put("type", type).put("duration", 1000);
		return event;
	}

	static String body(List<ObjectNode> events) {
		ObjectNode body = JSON.createObjectNode().put("destination", "U0000000000000000000000000000cafe");
		body.putArray("events").addAll(events);
		return body.toString();
	}

	static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * LINE's X-Line-Signature: Base64 of the HMAC-SHA256 of the exact bytes, keyed with
	 * the channel secret.
	 */
	String sign(byte[] body) {
		return sign(body, channelSecret);
	}

	static String sign(byte[] body, String secret) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(utf8(secret), "HmacSHA256"));
			return Base64.getEncoder().encodeToString(mac.doFinal(body));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is part of every JDK", ex);
		}
	}

}
