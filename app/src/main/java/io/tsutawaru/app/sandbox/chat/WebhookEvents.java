package io.tsutawaru.app.sandbox.chat;

import java.time.Clock;
import java.util.Locale;
import java.util.UUID;

import io.tsutawaru.app.sandbox.line.ReplyTokens;
import io.tsutawaru.app.sandbox.line.SandboxContent;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds webhook bodies exactly as LINE sends them (Messaging API reference, "Webhook
 * Event Objects").
 */
class WebhookEvents {

	/** The bot's own user id, sent by LINE as {@code destination}. */
	private static final String DESTINATION = "U0000000000000000000000000000cafe";

	private final JsonMapper json;

	private final ReplyTokens replyTokens;

	private final SandboxContent content;

	private final Clock clock;

	WebhookEvents(JsonMapper json, ReplyTokens replyTokens, SandboxContent content, Clock clock) {
		this.json = json;
		this.replyTokens = replyTokens;
		this.content = content;
		this.clock = clock;
	}

	/**
	 * The body for one action of a resident; throws {@link UnknownActionException} for an
	 * unknown type.
	 */
	String bodyFor(String userId, ResidentAction action) {
		ObjectNode event = baseEvent(userId);
		switch (action.type().toLowerCase(Locale.ROOT)) {
			case "follow" -> event.put("type", "follow").putObject("follow").put("isUnblocked", false);
			case "unfollow" -> event.put("type", "unfollow").remove("replyToken");
			case "text" -> message(event, "text").put("text", action.text() == null ? "" : action.text());
			case "postback" -> event.put("type", "postback").putObject("postback").put("data", action.data());
			case "location" -> message(event, "location").put("title", "位置情報")
				.put("address", action.address() == null ? "" : action.address())
				.put("latitude", action.latitude() == null ? 0 : action.latitude())
				.put("longitude", action.longitude() == null ? 0 : action.longitude());
			case "sticker" -> message(event, "sticker").put("packageId", "11537")
				.put("stickerId", "52002734")
				.put("stickerResourceType", "STATIC");
			default -> throw new UnknownActionException(action.type());
		}
		return envelope(event);
	}

	/**
	 * The body for an image a resident sent; LINE serves its bytes under the message id.
	 */
	String imageBody(String userId, String messageId) {
		ObjectNode event = baseEvent(userId);
		ObjectNode message = event.put("type", "message").putObject("message");
		message.put("type", "image").put("id", messageId).put("quoteToken", UUID.randomUUID().toString());
		message.putObject("contentProvider").put("type", "line");
		return envelope(event);
	}

	private ObjectNode baseEvent(String userId) {
		ObjectNode event = json.createObjectNode();
		event.put("mode", "active")
			.put("timestamp", clock.millis())
			.put("webhookEventId",
					UUID.randomUUID().toString().replace("-", "").toUpperCase(Locale.ROOT).substring(0, 26))
			.put("replyToken", replyTokens.issue(userId));
		event.putObject("deliveryContext").put("isRedelivery", false);
		event.putObject("source").put("type", "user").put("userId", userId);
		return event;
	}

	private ObjectNode message(ObjectNode event, String type) {
		return event.put("type", "message")
			.putObject("message")
			.put("type", type)
			.put("id", content.nextMessageId())
			.put("quoteToken", UUID.randomUUID().toString());
	}

	private String envelope(ObjectNode event) {
		ObjectNode body = json.createObjectNode().put("destination", DESTINATION);
		body.putArray("events").add(event);
		return body.toString();
	}

	/** The chat page asked for an event type LINE does not send. */
	static class UnknownActionException extends RuntimeException {

		UnknownActionException(String type) {
			super("Unknown resident action: " + type);
		}

	}

}
