package io.tsutawaru.app.reliability.input;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.tsutawaru.app.sandbox.line.RecordedCall;
import tools.jackson.databind.JsonNode;

/**
 * The messaging calls the LINE sandbox received, indexed by reply token and by the
 * resident pushed to.
 */
final class LineCalls {

	private final List<RecordedCall> calls;

	private final Map<String, List<String>> repliesByToken = new HashMap<>();

	private final Map<String, List<String>> pushesByUser = new HashMap<>();

	LineCalls(List<RecordedCall> calls) {
		this.calls = calls;
		for (RecordedCall call : calls) {
			if (call.path().endsWith("/v2/bot/message/reply")) {
				JsonNode body = WebhookBodies.JSON.readTree(call.body());
				repliesByToken.computeIfAbsent(body.path("replyToken").asString(""), key -> new ArrayList<>())
					.add(call.body());
			}
			else if (call.path().endsWith("/v2/bot/message/push")) {
				JsonNode body = WebhookBodies.JSON.readTree(call.body());
				pushesByUser.computeIfAbsent(body.path("to").asString(""), key -> new ArrayList<>()).add(call.body());
			}
		}
	}

	/**
	 * Replies with the token and pushes to the resident: the times the bot acted on their
	 * event.
	 */
	int messagesFor(String replyToken, String userId) {
		return bodies(replyToken, userId).size();
	}

	boolean mentions(String replyToken, String userId, String text) {
		return bodies(replyToken, userId).stream().anyMatch(body -> body.contains(text));
	}

	/** Every call, of any kind, whose path or body contains the text. */
	List<RecordedCall> containing(String text) {
		return calls.stream().filter(call -> call.path().contains(text) || call.body().contains(text)).toList();
	}

	private List<String> bodies(String replyToken, String userId) {
		List<String> bodies = new ArrayList<>();
		if (replyToken != null) {
			bodies.addAll(repliesByToken.getOrDefault(replyToken, List.of()));
		}
		if (userId != null) {
			bodies.addAll(pushesByUser.getOrDefault(userId, List.of()));
		}
		return bodies;
	}

}
