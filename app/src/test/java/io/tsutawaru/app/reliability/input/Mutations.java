package io.tsutawaru.app.reliability.input;

import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.Set;

import io.tsutawaru.app.reliability.input.FuzzCase.Effect;

import static io.tsutawaru.app.reliability.input.FuzzCases.JSON;
import static io.tsutawaru.app.reliability.input.FuzzCases.REJECTED_MARK;
import static io.tsutawaru.app.reliability.input.FuzzCases.badRequest;
import static io.tsutawaru.app.reliability.input.WebhookBodies.utf8;

/**
 * Calls broken in one way each, all of which the webhook must refuse: no, blank or wrong
 * signatures; content types other than JSON; bodies over the limit; bodies that are not
 * JSON, or JSON of the wrong shape; nesting deeper than any parser should follow; a
 * header larger than the server reads.
 */
final class Mutations {

	private static final List<String> NOT_JSON = Arrays.asList(null, "text/plain", "application/x-www-form-urlencoded",
			"multipart/form-data; boundary=xyz", "application/xml", "", "json", "application/json; charset=bogus",
			"application/problem+json", "*/*", "text/json;;;", "application/octet-stream");

	private static final List<String> NOT_EVENTS = List.of("{\"events\":\"x\"}", "{\"events\":1}", "{\"events\":{}}",
			"{\"events\":true}", "{\"events\":null}", "{\"events\":[1]}", "{\"events\":[\"x\"]}", "{\"events\":[null]}",
			"{\"events\":[[]]}", "{}", "[]", "null", "1", "\"events\"", "{\"destination\":\"U1\"}");

	private static final List<String> NOT_JSON_BODIES = List.of("", " ", "{", "}", "{\"events\":[", "{'events':[]}",
			"{events:[]}", "{\"events\":[NaN]}", "<xml/>", "events=[]", "{\"events\":[{]}", "\u0000\u0000",
			"{\"events\":[{\"type\":\"message\"}],}");

	private final Random random;

	private final WebhookBodies bodies;

	private final FuzzCases cases;

	private final int maxBody;

	Mutations(Random random, WebhookBodies bodies, FuzzCases cases, int maxBody) {
		this.random = random;
		this.bodies = bodies;
		this.cases = cases;
		this.maxBody = maxBody;
	}

	void next() {
		byte[] body = utf8(cases.markedBody());
		String valid = bodies.sign(body);
		int pick = random.nextInt(100);
		if (pick < 14) {
			cases.addRejected("unsigned", body, JSON, null, badRequest());
		}
		else if (pick < 18) {
			cases.addRejected("blank-signature", body, JSON, "", badRequest());
		}
		else if (pick < 42) {
			cases.addRejected("wrong-signature", body, JSON, wrongSignature(body, valid), badRequest());
		}
		else if (pick < 52) {
			String type = NOT_JSON.get(random.nextInt(NOT_JSON.size()));
			cases.addRejected("content-type-" + type, body, type, random.nextBoolean() ? valid : null, Set.of(415));
		}
		else if (pick < 53) {
			byte[] big = oversized();
			cases.addRejected("oversized", big, JSON, random.nextBoolean() ? bodies.sign(big) : null, Set.of(413));
		}
		else if (pick < 70) {
			signedAndBroken("not-json", notJson(body));
		}
		else if (pick < 84) {
			signedAndBroken("not-events", utf8(NOT_EVENTS.get(random.nextInt(NOT_EVENTS.size()))));
		}
		else if (pick < 92) {
			deeplyNested();
		}
		else if (pick < 93) {
			// Tomcat answers headers over its limit with 400 and closes the connection at
			// once; when the client is
			// still writing the body then, it sees the connection reset instead of the
			// answer (seen once in 10,000
			// on a slow CI machine). Either way the call is refused before any of it is
			// read.
			cases.addRejected("huge-signature-header", body, JSON, "A".repeat(20_000 + random.nextInt(50_000)),
					Set.of(400, 431, WebhookCaller.CONNECTION_FAILED));
		}
		else {
			// The body changed after signing: one byte flipped, or the text sent in
			// another encoding.
			byte[] changed = body.clone();
			changed[random.nextInt(changed.length)] ^= (byte) (1 + random.nextInt(255));
			cases.addRejected("changed-after-signing", changed, JSON, valid, Set.of(400));
		}
	}

	private String wrongSignature(byte[] body, String valid) {
		return switch (random.nextInt(6)) {
			case 0 -> {
				byte[] bytes = new byte[32];
				random.nextBytes(bytes);
				yield Base64.getEncoder().encodeToString(bytes);
			}
			case 1 -> WebhookBodies.sign(body, "another-channel-secret");
			// Signed, but another body: the same one with a space more.
			case 2 -> bodies.sign(utf8(new String(body, java.nio.charset.StandardCharsets.UTF_8) + " "));
			case 3 -> "!!not base64!!" + random.nextInt();
			case 4 -> valid.substring(0, 1 + random.nextInt(valid.length() - 2));
			default -> Base64.getEncoder().encodeToString(utf8(valid));
		};
	}

	private void signedAndBroken(String kind, byte[] body) {
		cases.addRejected(kind, body, JSON, bodies.sign(body), badRequest());
	}

	/** Not JSON at all, JSON cut short, or UTF-8 that is not UTF-8. */
	private byte[] notJson(byte[] body) {
		return switch (random.nextInt(4)) {
			case 0 -> Arrays.copyOf(body, random.nextInt(body.length));
			case 1 -> {
				byte[] noise = new byte[1 + random.nextInt(2000)];
				random.nextBytes(noise);
				noise[0] = '{';
				yield noise;
			}
			case 2 -> {
				String text = new String(body, java.nio.charset.StandardCharsets.UTF_8);
				int at = text.indexOf("\"text\":\"") + 8;
				byte[] head = utf8(text.substring(0, at));
				byte[] tail = utf8(text.substring(at));
				byte[] invalid = { (byte) 0xC3, (byte) 0x28, (byte) 0xFF, (byte) 0xED, (byte) 0xA0, (byte) 0x80 };
				byte[] out = Arrays.copyOf(head, head.length + invalid.length + tail.length);
				System.arraycopy(invalid, 0, out, head.length, invalid.length);
				System.arraycopy(tail, 0, out, head.length + invalid.length, tail.length);
				yield out;
			}
			default -> utf8(NOT_JSON_BODIES.get(random.nextInt(NOT_JSON_BODIES.size())));
		};
	}

	private byte[] oversized() {
		String filler = REJECTED_MARK;
		StringBuilder big = new StringBuilder("{\"events\":[],\"padding\":\"");
		while (big.length() <= maxBody + random.nextInt(100_000)) {
			big.append(filler);
		}
		return utf8(big.append("\"}").toString());
	}

	/**
	 * Arrays nested inside an event: beyond the parser's limit the call is refused;
	 * within it, the event is queued like any other and its unknown field ignored.
	 */
	private void deeplyNested() {
		boolean beyond = random.nextBoolean();
		int depth = beyond ? 1_100 + random.nextInt(50_000) : 10 + random.nextInt(890);
		String user = beyond ? "U" + REJECTED_MARK + cases.next() : "Ufuzz" + cases.next() + "deep";
		String event = WebhookBodies.sticker(user, null, "DEEP" + cases.next()).toString();
		String body = WebhookBodies.body(List.of())
			.replace("[]", "[{\"nested\":" + Texts.nested(depth) + "," + event.substring(1) + "]");
		byte[] bytes = utf8(body);
		if (beyond) {
			signedAndBroken("nested-" + depth, bytes);
		}
		else {
			cases.add("nested-" + depth, bytes, JSON, bodies.sign(bytes), Set.of(200), 1, Effect.AT_MOST_ONCE, user,
					null);
		}
	}

}
