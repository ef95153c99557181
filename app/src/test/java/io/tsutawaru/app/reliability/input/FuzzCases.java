package io.tsutawaru.app.reliability.input;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.UnaryOperator;

import io.tsutawaru.app.reliability.input.FuzzCase.Effect;
import tools.jackson.databind.node.ObjectNode;

import static io.tsutawaru.app.reliability.input.WebhookBodies.body;
import static io.tsutawaru.app.reliability.input.WebhookBodies.utf8;

/**
 * Generates webhook calls from a seed: the same seed gives the same sequence of kinds,
 * texts and mutations (ids, timestamps and the sandbox's reply tokens differ from run to
 * run). About a fifth are calls LINE could send, signed; the rest are broken in one way
 * each: the signature, the content type, the size, the JSON, the types. Every event of a
 * rejected call is from a resident whose id contains {@link #REJECTED_MARK}, so that
 * anything of it reaching the event queue or LINE is found by a plain text search.
 */
final class FuzzCases {

	static final String REJECTED_MARK = "fuzzrejected";

	static final String JSON = "application/json; charset=utf-8";

	private static final Set<Integer> OK = Set.of(200);

	private static final Set<Integer> BAD_REQUEST = Set.of(400);

	private final Random random;

	private final WebhookBodies bodies;

	private final UnaryOperator<String> replyTokens;

	private final int maxBody;

	private final List<FuzzCase> cases = new ArrayList<>();

	/**
	 * @param replyTokens issues a reply token for a resident, as LINE does for each event
	 * @param maxBody the largest body the webhook accepts
	 */
	FuzzCases(long seed, WebhookBodies bodies, UnaryOperator<String> replyTokens, int maxBody) {
		this.random = new Random(seed);
		this.bodies = bodies;
		this.replyTokens = replyTokens;
		this.maxBody = maxBody;
	}

	List<FuzzCase> generate(int count) {
		var mutations = new Mutations(random, bodies, this, maxBody);
		var accepted = new AcceptedCalls(random, bodies, this, replyTokens);
		while (cases.size() < count) {
			int pick = random.nextInt(100);
			if (pick < 22) {
				accepted.next();
			}
			else {
				mutations.next();
			}
		}
		return List.copyOf(cases.subList(0, count));
	}

	int next() {
		return cases.size();
	}

	void add(String kind, byte[] body, String contentType, String signature, Set<Integer> statuses, int events,
			Effect effect, String userId, String replyToken) {
		cases.add(new FuzzCase(cases.size(), kind, body, contentType, signature, statuses, events, effect, userId,
				replyToken));
	}

	/** A signed call LINE could send. */
	void addSigned(String kind, String body, int events, Effect effect, String userId, String replyToken) {
		byte[] bytes = utf8(body);
		add(kind, bytes, JSON, bodies.sign(bytes), OK, events, effect, userId, replyToken);
	}

	/**
	 * A call that must be refused with one of {@code statuses}; its events are from a
	 * marked resident.
	 */
	void addRejected(String kind, byte[] body, String contentType, String signature, Set<Integer> statuses) {
		add(kind, body, contentType, signature, statuses, 0, Effect.REJECTED, null, null);
	}

	static Set<Integer> badRequest() {
		return BAD_REQUEST;
	}

	/**
	 * A well-formed body of one to three events from marked residents, for the calls that
	 * break something else.
	 */
	String markedBody() {
		int events = 1 + random.nextInt(3);
		List<ObjectNode> list = new ArrayList<>();
		for (int i = 0; i < events; i++) {
			String id = REJECTED_MARK + next() + "x" + i;
			list.add(WebhookBodies.text("U" + id, id, id.toUpperCase(), Texts.question(random)));
		}
		return body(list);
	}

}
