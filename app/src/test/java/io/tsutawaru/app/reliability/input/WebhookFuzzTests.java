package io.tsutawaru.app.reliability.input;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.tsutawaru.app.ServiceTest;
import io.tsutawaru.app.reliability.input.FuzzCase.Effect;
import io.tsutawaru.app.sandbox.line.LineCallLog;
import io.tsutawaru.app.sandbox.line.ReplyTokens;
import io.tsutawaru.bot.BotProperties;
import io.tsutawaru.infrastructure.line.LineProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.core.StringRedisTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Ten thousand generated webhook calls (issue 8, bad input) against the whole running
 * service, with the sandbox as LINE: never a 5xx; nothing of a call without a valid
 * signature reaches the event queue or LINE; every accepted event is queued and handled;
 * an event delivered again is acted on once; questions with query syntax or of any length
 * get an answer, not an apology for a failure. {@code -Dfuzz.seed=} and
 * {@code -Dfuzz.count=} repeat or widen a run; a failure names the seed and the cases.
 */
@ExtendWith(OutputCaptureExtension.class)
class WebhookFuzzTests extends ServiceTest {

	private static final long SEED = Long.getLong("fuzz.seed", 20_261_123L);

	private static final int COUNT = Integer.getInteger("fuzz.count", 10_000);

	/** A failure the bot apologises for (sorry-failed in the bot's messages). */
	private static final String SORRY_FAILED = "ただいま処理できませんでした";

	@LocalServerPort
	int port;

	@Autowired
	ReplyTokens replyTokens;

	@Autowired
	LineCallLog lineCalls;

	@Autowired
	StringRedisTemplate redis;

	@Autowired
	BotProperties bot;

	@Autowired
	LineProperties line;

	@Test
	void tenThousandGeneratedCallsNeverFailAndNeverActWithoutAValidSignature(CapturedOutput output) {
		long callsBefore = lineCalls.all().stream().mapToLong(call -> call.seq()).max().orElse(0);
		var queue = new EventQueueProbe(redis, bot.webhook().partitions());
		var before = queue.snapshot();
		List<FuzzCase> cases = new FuzzCases(SEED, new WebhookBodies(line.channelSecret()), replyTokens::issue,
				(int) bot.webhook().maxBody().toBytes())
			.generate(COUNT);

		long started = System.nanoTime();
		int[] statuses = new WebhookCaller(port, 8).send(cases);
		long sent = System.nanoTime();

		List<String> wrongStatuses = new ArrayList<>();
		int queuedEvents = 0;
		for (FuzzCase fuzz : cases) {
			int status = statuses[fuzz.number()];
			if (!fuzz.statuses().contains(status)) {
				wrongStatuses.add(status + " for " + fuzz);
			}
			queuedEvents += status == 200 ? fuzz.events() : 0;
		}
		assertThat(wrongStatuses).as("calls answered other than expected (seed %d)", SEED).isEmpty();
		assertThat(queue.added(before)).as("events queued").isEqualTo(queuedEvents);
		assertThat(queue.entriesContaining(before, FuzzCases.REJECTED_MARK)).as("rejected events in the queue")
			.isZero();

		await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500)).until(queue::drained);
		System.out.printf("Webhook fuzz, seed %d: %d calls sent in %d ms, %d events queued, all handled %d ms later%n",
				SEED, COUNT, (sent - started) / 1_000_000, queuedEvents, (System.nanoTime() - sent) / 1_000_000);

		var calls = new LineCalls(lineCalls.after(callsBefore));
		assertThat(calls.containing(FuzzCases.REJECTED_MARK)).as("LINE calls for rejected events").isEmpty();
		List<String> wrongEffects = new ArrayList<>();
		for (FuzzCase fuzz : cases) {
			int messages = calls.messagesFor(fuzz.replyToken(), fuzz.userId());
			boolean right = switch (fuzz.effect()) {
				case REJECTED -> true;
				case IGNORED -> messages == 0;
				case ANSWERED_ONCE -> messages == 1 && !calls.mentions(fuzz.replyToken(), fuzz.userId(), SORRY_FAILED);
				case AT_MOST_ONCE -> messages <= 1;
			};
			if (!right) {
				wrongEffects.add(fuzz.effect() + " but " + messages + " messages for " + fuzz);
			}
		}
		assertThat(wrongEffects).as("events not acted on as they should be (seed %d)", SEED).isEmpty();
		assertThat(cases.stream().filter(fuzz -> fuzz.effect() == Effect.ANSWERED_ONCE).count())
			.as("the run answered questions at all")
			.isGreaterThan(COUNT / 20);
		assertThat(output.getAll()).doesNotContain("could not be processed")
			.doesNotContain("failed in its conversation");
	}

}
