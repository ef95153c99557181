package io.tsutawaru.app.reliability.input;

import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;

import io.tsutawaru.app.reliability.input.FuzzCase.Effect;
import tools.jackson.databind.node.ObjectNode;

import static io.tsutawaru.app.reliability.input.WebhookBodies.body;

/**
 * Signed calls the webhook must accept: questions (with query syntax and huge texts),
 * stickers, message and event types the bot does not know, LINE's empty verification
 * call, events missing or mistyping a field, and the same event delivered again. Each
 * event is from a resident of its own, so no rate limit or dialog links two cases.
 */
final class AcceptedCalls {

	private static final List<String> UNKNOWN_EVENTS = List.of("beacon", "memberJoined", "videoPlayComplete", "unsend",
			"accountLink", "things", "activated", "botSuspended", "membership", "an-event-from-the-future");

	private static final List<String> OTHER_MESSAGES = List.of("video", "audio", "file", "a-message-from-the-future");

	/**
	 * Fields an event can lack; what the bot then does is decided per field, but never
	 * twice.
	 */
	private static final List<String> FIELDS = List.of("replyToken", "timestamp", "webhookEventId", "source", "message",
			"type", "mode", "deliveryContext", "message.text", "message.type", "source.userId");

	private final Random random;

	private final WebhookBodies bodies;

	private final FuzzCases cases;

	private final UnaryOperator<String> replyTokens;

	AcceptedCalls(Random random, WebhookBodies bodies, FuzzCases cases, UnaryOperator<String> replyTokens) {
		this.random = random;
		this.bodies = bodies;
		this.cases = cases;
		this.replyTokens = replyTokens;
	}

	void next() {
		int pick = random.nextInt(100);
		String user = "Ufuzz" + cases.next() + "r" + random.nextInt(1_000_000);
		String token = replyTokens.apply(user);
		String eventId = "FUZZ" + cases.next() + "E" + random.nextInt(1_000_000);
		if (pick < 40) {
			one("question", WebhookBodies.text(user, token, eventId, Texts.question(random)), Effect.ANSWERED_ONCE,
					user, token);
		}
		else if (pick < 45) {
			int length = 5_000 + random.nextInt(150_000);
			one("huge-text", WebhookBodies.text(user, token, eventId, Texts.huge(random, length)), Effect.ANSWERED_ONCE,
					user, token);
		}
		else if (pick < 52) {
			one("sticker", WebhookBodies.sticker(user, token, eventId), Effect.ANSWERED_ONCE, user, token);
		}
		else if (pick < 58) {
			String type = OTHER_MESSAGES.get(random.nextInt(OTHER_MESSAGES.size()));
			one("message-type-" + type, WebhookBodies.otherMessage(user, token, eventId, type), Effect.ANSWERED_ONCE,
					user, token);
		}
		else if (pick < 66) {
			String type = UNKNOWN_EVENTS.get(random.nextInt(UNKNOWN_EVENTS.size()));
			one("event-type-" + type, WebhookBodies.event(type, user, token, eventId), Effect.IGNORED, user, token);
		}
		else if (pick < 68) {
			cases.addSigned("verification", body(List.of()), 0, Effect.IGNORED, null, null);
		}
		else if (pick < 80) {
			missingOrMistyped(user, token, eventId);
		}
		else {
			replayed(user, token, eventId);
		}
	}

	private void one(String kind, ObjectNode event, Effect effect, String user, String token) {
		cases.addSigned(kind, body(List.of(event)), 1, effect, user, token);
	}

	private void missingOrMistyped(String user, String token, String eventId) {
		ObjectNode event = WebhookBodies.text(user, token, eventId, Texts.question(random));
		String field = FIELDS.get(random.nextInt(FIELDS.size()));
		ObjectNode parent = field.contains(".") ? (ObjectNode) event.get(field.substring(0, field.indexOf('.')))
				: event;
		String name = field.substring(field.indexOf('.') + 1);
		boolean mistype = random.nextBoolean();
		if (mistype) {
			switch (random.nextInt(5)) {
				case 0 -> parent.put(name, random.nextLong());
				case 1 -> parent.putArray(name).add("x");
				case 2 -> parent.putObject(name).put("x", 1);
				case 3 -> parent.putNull(name);
				default -> parent.put(name, random.nextBoolean());
			}
		}
		else {
			parent.remove(name);
		}
		one((mistype ? "mistyped-" : "missing-") + field, event, Effect.AT_MOST_ONCE, user, token);
	}

	/**
	 * The same event delivered up to three more times, as LINE does when it did not see
	 * the 200 in time: some copies byte for byte, some marked as redeliveries (and so
	 * signed anew).
	 */
	private void replayed(String user, String token, String eventId) {
		ObjectNode event = WebhookBodies.text(user, token, eventId, Texts.question(random));
		one("replay-first", event, Effect.ANSWERED_ONCE, user, token);
		int copies = 1 + random.nextInt(3);
		for (int i = 0; i < copies; i++) {
			ObjectNode copy = event.deepCopy();
			if (random.nextBoolean()) {
				((ObjectNode) copy.get("deliveryContext")).put("isRedelivery", true);
			}
			one("replay-copy", copy, Effect.ANSWERED_ONCE, user, token);
		}
	}

}
