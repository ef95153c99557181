package io.tsutawaru.app.reliability.input;

import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * One generated call to the webhook and what must come of it.
 *
 * @param number the case's place in the generated sequence (with the seed, enough to
 * generate it again)
 * @param kind what was done to the body or the call, e.g. {@code wrong-signature} or
 * {@code replay}
 * @param body the exact bytes sent
 * @param contentType the Content-Type header, or {@code null} for none
 * @param signature the X-Line-Signature header, or {@code null} for none
 * @param statuses the statuses the webhook may answer; never a 5xx
 * @param events how many events the body carries, all queued when the call is accepted
 * @param effect what the bot must do for the resident or reply token the case is about
 * @param userId the resident the case's event is from, or {@code null}
 * @param replyToken the event's reply token, or {@code null}
 */
record FuzzCase(int number, String kind, byte[] body, String contentType, String signature, Set<Integer> statuses,
		int events, Effect effect, String userId, String replyToken) {

	/**
	 * What must reach LINE for the case's resident or reply token, counted at the LINE
	 * stand-in.
	 */
	enum Effect {

		/** Rejected at the door: nothing queued, nothing sent. */
		REJECTED,
		/** Accepted and ignored politely: no message to LINE. */
		IGNORED,
		/**
		 * Accepted and answered exactly once (a reply, or a push when the reply token
		 * cannot be used).
		 */
		ANSWERED_ONCE,
		/**
		 * Accepted though odd (missing or mistyped fields): answered once at most, never
		 * twice.
		 */
		AT_MOST_ONCE

	}

	boolean accepted() {
		return statuses.contains(200);
	}

	@Override
	public String toString() {
		String start = new String(body, 0, Math.min(body.length, 120), StandardCharsets.UTF_8);
		return "#" + number + " " + kind + " (" + body.length + " bytes, Content-Type " + contentType + "): " + start;
	}

}
