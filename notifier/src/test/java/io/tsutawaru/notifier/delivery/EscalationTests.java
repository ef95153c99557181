package io.tsutawaru.notifier.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.tsutawaru.notifier.AlertStatus;
import io.tsutawaru.notifier.Channel;
import io.tsutawaru.notifier.Confirmation;
import io.tsutawaru.notifier.LocalServers;
import io.tsutawaru.notifier.NoticeDraft;
import io.tsutawaru.notifier.NoticeKind;
import io.tsutawaru.notifier.NoticeState;
import io.tsutawaru.notifier.NoticeView;
import io.tsutawaru.notifier.Notices;
import io.tsutawaru.notifier.PublishedNotices;
import io.tsutawaru.notifier.Responses;
import io.tsutawaru.notifier.SafetyAnswer;
import io.tsutawaru.notifier.SafetyAnswers;
import io.tsutawaru.notifier.Severity;
import io.tsutawaru.notifier.StaffMember;
import io.tsutawaru.notifier.TestSmtp;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Escalation (issue 18): residents an asking notice reached who have not answered when
 * its wait is over get it again on their other channel, once, through the ledger. The
 * city's clock is moved with a test clock; LINE is WireMock, e-mail GreenMail, the
 * database the test PostgreSQL when it is set.
 */
@SpringBootTest
@AutoConfigureMockMvc
class EscalationTests extends LocalServers {

	static final String MULTICAST = "/v2/bot/message/multicast";

	static final StaffMember EMERGENCY = new StaffMember("kiki", Set.of("EMERGENCY"));

	static final GreenMail smtp = TestSmtp.server();

	@Autowired
	Notices notices;

	@Autowired
	SafetyAnswers answers;

	@Autowired
	PublishedNotices documents;

	@Autowired
	EscalationPlanner planner;

	@Autowired
	EscalationTable escalations;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Autowired
	MockMvc mvc;

	/**
	 * Threads of their own for planners that run at once: the common pool has one thread
	 * on a machine of two cores.
	 */
	static final ExecutorService twoPlanners = Executors.newFixedThreadPool(2);

	String area;

	@BeforeEach
	void reset() throws Exception {
		gateways.resetAll();
		gateways.stubFor(post(urlEqualTo(MULTICAST)).willReturn(aResponse().withStatus(200).withBody("{}")));
		gateways.stubFor(post(urlEqualTo("/v2/bot/message/broadcast")).willReturn(aResponse().withStatus(200)));
		smtp.purgeEmailFromAllMailboxes();
		area = freshArea();
	}

	@Test
	void residentsReachedOnLineWhoDidNotAnswerGetTheEmailOnceTheWaitIsOverAndOnlyOnce() throws Exception {
		String unanswered = "late-" + UUID.randomUUID() + "@example.jp";
		long late = resident(true, unanswered, "ja");
		long answered = resident(true, "answered-" + UUID.randomUUID() + "@example.jp", "ja");
		resident(true, null, "ja");
		NoticeView notice = send(Set.of(Channel.LINE), 30);
		awaitSent(notice.id());
		answers.answer(notice.id(), answered, SafetyAnswer.SAFE, Channel.LINE);
		smtp.purgeEmailFromAllMailboxes();

		assertThat(planner.escalate(notice.id(), later(Duration.ofMinutes(29)))).as("not due yet").isFalse();
		planner.escalateDue(later(Duration.ofMinutes(31)));

		await().atMost(Duration.ofSeconds(30)).until(() -> smtp.getReceivedMessages().length >= 1);
		MimeMessage mail = smtp.getReceivedMessages()[0];
		assertThat(mail.getAllRecipients()[0].toString()).isEqualTo(unanswered);
		assertThat(mail.getSubject()).contains("川の水位が上がっています");
		await().atMost(Duration.ofSeconds(30))
			.until(() -> escalationBatches(notice.id()).stream().allMatch(b -> b.state().equals("SENT")));
		assertThat(escalationBatches(notice.id())).singleElement().satisfies(batch -> {
			assertThat(batch.channel()).isEqualTo("EMAIL");
			assertThat(batch.recipients()).isEqualTo(late + "\t" + unanswered + "\n");
		});
		await().atMost(Duration.ofSeconds(30))
			.until(() -> answers.responses(notice.id()).escalated(), e -> e != null && e.email() == 1);
		assertThat(answers.responses(notice.id()).escalated()).isEqualTo(new Responses.Escalated(1, 0, 1, true));
		mvc.perform(get("/api/notices/{id}/responses", notice.id()).with(user("kiki").roles("EMERGENCY")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.asked").value(3))
			.andExpect(jsonPath("$.safe").value(1))
			.andExpect(jsonPath("$.noAnswer").value(2))
			.andExpect(jsonPath("$.escalated.email").value(1))
			.andExpect(jsonPath("$.escalated.line").value(0))
			.andExpect(jsonPath("$.escalated.noOtherChannel").value(1))
			.andExpect(jsonPath("$.escalated.finished").value(true));

		planner.escalateDue(later(Duration.ofMinutes(60)));
		assertThat(planner.escalate(notice.id(), later(Duration.ofMinutes(90)))).as("never twice").isFalse();
		assertThat(escalationBatches(notice.id())).hasSize(1);
		assertThat(smtp.getReceivedMessages()).hasSize(1);
		assertThat(gateways.findAll(postRequestedFor(urlEqualTo(MULTICAST)))).as("only the first LINE push").hasSize(1);
	}

	@Test
	void residentsReachedByEmailWhoDidNotAnswerGetTheLinePushWithTheAnswerButtons() throws Exception {
		long subscriber = resident(true, "both-" + UUID.randomUUID() + "@example.jp", "ja");
		String lineUserId = lineUserId(subscriber);
		resident(false, "mailonly-" + UUID.randomUUID() + "@example.jp", "ja");
		NoticeView notice = send(Set.of(Channel.EMAIL), 15);
		awaitSent(notice.id());
		assertThat(gateways.findAll(postRequestedFor(urlEqualTo(MULTICAST)))).isEmpty();

		planner.escalateDue(later(Duration.ofMinutes(16)));

		await().atMost(Duration.ofSeconds(30))
			.until(() -> gateways.findAll(postRequestedFor(urlEqualTo(MULTICAST))).size() == 1);
		String retryKey = escalationBatches(notice.id()).get(0).retryKey();
		gateways.verify(postRequestedFor(urlEqualTo(MULTICAST))
			.withHeader("Authorization", equalTo("Bearer test-token"))
			.withHeader("X-Line-Retry-Key", equalTo(retryKey))
			.withRequestBody(equalToJson("""
					{"messages":[{"type":"flex","altText":"川の水位が上がっています","contents":{"type":"bubble",
					 "header":{"type":"box","layout":"vertical","contents":[
					  {"type":"text","text":"緊急情報","size":"sm","color":"#FFFFFF","weight":"bold"},
					  {"type":"text","text":"川の水位が上がっています","size":"lg","color":"#FFFFFF","weight":"bold","wrap":true}],
					  "backgroundColor":"#C8102E","paddingAll":"16px"},
					 "body":{"type":"box","layout":"vertical","contents":[
					  {"type":"text","text":"北部の方は避難してください。","size":"md","wrap":true}]},
					 "footer":{"type":"box","layout":"vertical","contents":[
					  {"type":"text","text":"あなたの安否を教えてください。","size":"sm","wrap":true},
					  {"type":"button","style":"secondary","action":{"type":"postback","label":"無事です",
					   "data":"c=safe&a=answer&n=%1$d&v=safe","displayText":"無事です"}},
					  {"type":"button","style":"secondary","action":{"type":"postback","label":"支援が必要です",
					   "data":"c=safe&a=answer&n=%1$d&v=help","displayText":"支援が必要です"}},
					  {"type":"button","color":"#C8102E","style":"primary","action":{"type":"uri","label":"詳しくはこちら",
					   "uri":"http://localhost:8080/notices/%1$d"}}],"spacing":"sm"}}}],
					 "to":["%2$s"],"notificationDisabled":false,"customAggregationUnits":["notice_%1$d"]}
					""".formatted(notice.id(), lineUserId))));
		await().atMost(Duration.ofSeconds(30))
			.until(() -> answers.responses(notice.id()).escalated(), e -> e != null && e.line() == 1);
		assertThat(answers.responses(notice.id()).escalated()).isEqualTo(new Responses.Escalated(0, 1, 1, true));
	}

	/**
	 * The escalation's clock asks the city's clock what time it is: moved past the wait,
	 * its tick escalates; its task is scheduled on the notifier's escalation scheduler.
	 */
	@Test
	void theClockEscalatesWhatIsDueByTheCitysClock(
			@Autowired @Qualifier("escalationScheduler") ThreadPoolTaskScheduler escalationScheduler) throws Exception {
		String address = "ticked-" + UUID.randomUUID() + "@example.jp";
		resident(true, address, "ja");
		NoticeView notice = send(Set.of(Channel.LINE), 20);
		awaitSent(notice.id());
		assertThat(escalationScheduler.getScheduledThreadPoolExecutor().getQueue()).as("the ten-second tick")
			.hasSize(1);

		new EscalationClock(planner, Clock.offset(clock, Duration.ofMinutes(19)), escalationScheduler).tick();
		assertThat(escalationBatches(notice.id())).isEmpty();
		new EscalationClock(planner, Clock.offset(clock, Duration.ofMinutes(21)), escalationScheduler).tick();

		await().atMost(Duration.ofSeconds(30)).until(() -> smtp.getReceivedMessages().length == 1);
		assertThat(smtp.getReceivedMessages()[0].getAllRecipients()[0].toString()).isEqualTo(address);
	}

	@Test
	void aCancelledNoticeIsNeverEscalated() {
		resident(true, "cancelled-" + UUID.randomUUID() + "@example.jp", "ja");
		NoticeView notice = send(Set.of(Channel.LINE), 10);
		awaitSent(notice.id());
		notices.cancel(notice.id(), "誤って送信しました", EMERGENCY);

		planner.escalateDue(later(Duration.ofMinutes(11)));

		assertThat(planner.escalate(notice.id(), later(Duration.ofMinutes(12)))).isFalse();
		assertThat(escalationBatches(notice.id())).isEmpty();
		assertThat(escalations.find(notice.id())).hasValueSatisfying(row -> {
			assertThat(row.done()).isTrue();
			assertThat(row.started()).isFalse();
		});
	}

	/**
	 * Two planners at once on the same notice (two processes): each resident is planned
	 * once, whichever of them wins each chunk.
	 */
	@Test
	void twoPlannersRacingEscalateEachResidentOnce() throws Exception {
		List<Long> residents = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			residents
				.add(resident(true, "race-" + i + "-" + UUID.randomUUID() + "@example.jp", i % 3 == 0 ? "en" : "ja"));
		}
		NoticeView notice = send(Set.of(Channel.LINE), 5);
		awaitSent(notice.id());
		Instant due = later(Duration.ofMinutes(6));

		var first = CompletableFuture.supplyAsync(() -> planner.escalate(notice.id(), due, 4), twoPlanners);
		var second = CompletableFuture.supplyAsync(() -> planner.escalate(notice.id(), due, 4), twoPlanners);
		first.get();
		second.get();
		planner.escalateDue(due);

		assertThat(plannedSubscribers(notice.id())).containsExactlyInAnyOrderElementsOf(residents);
		await().atMost(Duration.ofSeconds(60)).until(() -> mailedTo("race-") == residents.size());
	}

	/**
	 * A planner that died after writing its first chunk (committed, never queued): once
	 * its lease runs out another continues after the cursor, the written batches are
	 * queued and nobody is planned twice.
	 */
	@Test
	void aHalfDoneEscalationIsContinuedNotRepeated() throws Exception {
		List<Long> residents = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			residents.add(resident(true, "resumed-" + i + "-" + UUID.randomUUID() + "@example.jp", "ja"));
		}
		NoticeView notice = send(Set.of(Channel.LINE), 5);
		awaitSent(notice.id());
		Instant due = later(Duration.ofMinutes(6));
		escalations.start(notice.id(), 1, due);
		assertThat(escalations.lease(notice.id(), "killed-planner", Instant.now().plusSeconds(3600))).isTrue();
		// The first chunk ends at the sixth resident (subscribers of other tests come
		// before).
		int firstChunk = jdbc.sql("SELECT COUNT(*) FROM subscribers WHERE id <= ?")
			.param(residents.get(5))
			.query(Integer.class)
			.single();
		var crashed = planner.chunk(notice.id(), "killed-planner", documents.revision(notice.id(), 1), firstChunk);
		assertThat(crashed.batchIds()).isNotEmpty();
		assertThat(planner.escalate(notice.id(), due)).as("the dead planner's lease still runs").isFalse();

		jdbc.sql("UPDATE notice_escalations SET leased_until = ? WHERE notice_id = ?")
			.params(OffsetDateTime.now().minusSeconds(1), notice.id())
			.update();
		assertThat(planner.escalate(notice.id(), due)).isTrue();

		assertThat(plannedSubscribers(notice.id())).containsExactlyInAnyOrderElementsOf(residents);
		await().atMost(Duration.ofSeconds(60)).until(() -> mailedTo("resumed-") == residents.size());
		assertThat(escalationBatches(notice.id())).allSatisfy(batch -> assertThat(batch.queued()).isTrue());
	}

	/**
	 * The cursor is the last guard: a planner whose chunk was written after another moved
	 * the cursor (its lease ran out while it was slow, say) has its chunk rolled back.
	 * The other planner holds the escalation's row while this one writes; PostgreSQL
	 * tells when this one waits for it.
	 */
	@Test
	void aChunkWrittenAfterAnotherPlannerMovedTheCursorIsRolledBack(@Autowired PlatformTransactionManager manager)
			throws Exception {
		Assumptions.assumeTrue(jdbc.sql("SELECT version()").query(String.class).single().startsWith("PostgreSQL"));
		resident(true, "slow-" + UUID.randomUUID() + "@example.jp", "ja");
		NoticeView notice = send(Set.of(Channel.LINE), 5);
		awaitSent(notice.id());
		escalations.start(notice.id(), 1, later(Duration.ofMinutes(6)));
		assertThat(escalations.lease(notice.id(), "slow-planner", Instant.now().plusSeconds(3600))).isTrue();
		long last = jdbc.sql("SELECT MAX(id) FROM subscribers").query(Long.class).single();
		CountDownLatch held = new CountDownLatch(1);
		CountDownLatch moved = new CountDownLatch(1);
		CompletableFuture<Void> other = CompletableFuture
			.runAsync(() -> new TransactionTemplate(manager).executeWithoutResult(status -> {
				jdbc.sql("SELECT subscriber_cursor FROM notice_escalations WHERE notice_id = ? FOR UPDATE")
					.param(notice.id())
					.query(Long.class)
					.single();
				held.countDown();
				await().atMost(Duration.ofSeconds(30)).until(() -> moved.getCount() == 0);
				jdbc.sql("UPDATE notice_escalations SET subscriber_cursor = ? WHERE notice_id = ?")
					.params(last, notice.id())
					.update();
			}), twoPlanners);
		held.await();
		var slow = CompletableFuture.supplyAsync(
				() -> planner.chunk(notice.id(), "slow-planner", documents.revision(notice.id(), 1), 1_000_000),
				twoPlanners);
		await().atMost(Duration.ofSeconds(30))
			.until(() -> jdbc
				.sql("SELECT COUNT(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
						+ "AND query LIKE 'UPDATE notice_escalations%'")
				.query(Long.class)
				.single() > 0);
		moved.countDown();
		other.get();

		assertThat(slow.get()).as("rolled back").isNull();
		assertThat(escalationBatches(notice.id())).isEmpty();
	}

	/**
	 * The batches are written when the escalation is planned; a resident who answers
	 * before the batch is sent is taken out of it (and the ledger says so), one who
	 * answers after it was sent changes nothing of what was sent.
	 */
	@Test
	void aResidentWhoAnsweredAfterTheEscalationWasPlannedIsNotSentItAgain(@Autowired DeliveryPlanner delivery)
			throws Exception {
		String prefix = "screened-" + UUID.randomUUID();
		long answeredMeanwhile = resident(true, prefix + "-meanwhile@example.jp", "ja");
		long answeredAfter = resident(true, prefix + "-after@example.jp", "ja");
		long silent = resident(true, prefix + "-silent@example.jp", "en");
		NoticeView notice = send(Set.of(Channel.LINE), 5);
		awaitSent(notice.id());
		List<Long> planned = planUnqueued(notice.id());
		assertThat(plannedSubscribers(notice.id())).containsExactlyInAnyOrder(answeredMeanwhile, answeredAfter, silent);

		answers.answer(notice.id(), answeredMeanwhile, SafetyAnswer.SAFE, Channel.LINE);
		delivery.enqueue(planned, true);
		await().atMost(Duration.ofSeconds(60))
			.until(() -> escalationBatches(notice.id()).stream().allMatch(b -> b.state().equals("SENT")));
		answers.answer(notice.id(), answeredAfter, SafetyAnswer.HELP, Channel.EMAIL);

		assertThat(mailedTo(prefix + "-meanwhile")).isZero();
		assertThat(mailedTo(prefix + "-after")).isOne();
		assertThat(mailedTo(prefix + "-silent")).isOne();
		assertThat(skipped(notice.id())).containsExactly(answeredMeanwhile);
		assertThat(ledger(notice.id())).as("planned, sent, failed, skipped because answered")
			.isEqualTo(List.of(3L, 2L, 0L, 1L));
		assertThat(answers.responses(notice.id()).escalated()).isEqualTo(new Responses.Escalated(2, 0, 0, true));
		assertThat(answers.responses(notice.id()).needHelp()).isOne();
		assertThat(notices.find(notice.id()).channels()).as("the first send's figures only")
			.containsOnlyKeys(Channel.LINE);
		mvc.perform(get("/api/notices/{id}", notice.id()).with(user("kiki").roles("EMERGENCY")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.channels.line.planned").value(3))
			.andExpect(jsonPath("$.channels.line.sent").value(3))
			.andExpect(jsonPath("$.channels.email").doesNotExist())
			.andExpect(jsonPath("$.escalation.email.planned").value(2))
			.andExpect(jsonPath("$.escalation.email.sent").value(2))
			.andExpect(jsonPath("$.escalation.email.failed").value(0));
	}

	/**
	 * kill -9 after the batch was screened and sent but before its end was recorded: run
	 * again, it sends to the residents the first run screened in and to nobody twice,
	 * leaves out the same residents, and a resident who answered after the screening (and
	 * was mailed) is not recorded as left out.
	 */
	@Test
	void anEscalationBatchRunAgainAfterACrashSendsToNobodyTwice(@Autowired DeliveryPlanner delivery,
			@Autowired BatchDelivery batches) throws Exception {
		String prefix = "rerun-" + UUID.randomUUID();
		long answeredMeanwhile = resident(true, prefix + "-meanwhile@example.jp", "ja");
		long mailed = resident(true, prefix + "-mailed@example.jp", "ja");
		resident(true, prefix + "-silent@example.jp", "ja");
		NoticeView notice = send(Set.of(Channel.LINE), 5);
		awaitSent(notice.id());
		List<Long> planned = planUnqueued(notice.id());
		assertThat(planned).hasSize(1);
		answers.answer(notice.id(), answeredMeanwhile, SafetyAnswer.SAFE, Channel.LINE);
		delivery.enqueue(planned, true);
		await().atMost(Duration.ofSeconds(60))
			.until(() -> escalationBatches(notice.id()).stream().allMatch(b -> b.state().equals("SENT")));
		assertThat(mailedTo(prefix)).isEqualTo(2);

		// The process died before the batch's end was written: the batch is planned
		// again, with no lease, and the mailed resident has answered since.
		jdbc.sql("UPDATE delivery_batches SET state = 'PLANNED', sent = 0, done_at = NULL, leased_until = NULL "
				+ "WHERE id = ?")
			.param(planned.get(0))
			.update();
		answers.answer(notice.id(), mailed, SafetyAnswer.SAFE, Channel.EMAIL);
		assertThat(batches.deliver(planned.get(0), "restarted", () -> {
		})).isTrue();

		assertThat(mailedTo(prefix)).as("nobody twice").isEqualTo(2);
		assertThat(mailedTo(prefix + "-meanwhile")).isZero();
		assertThat(skipped(notice.id())).containsExactly(answeredMeanwhile);
		assertThat(ledger(notice.id())).isEqualTo(List.of(3L, 2L, 0L, 1L));
	}

	/**
	 * A batch whose every resident answered before it was sent sends nothing (an empty
	 * batch is not taken for a broadcast) and is finished, its residents recorded as
	 * skipped because they had answered.
	 */
	@Test
	void aBatchWhoseResidentsAllAnsweredBeforeItWasSentSendsNothingAndIsFinished(@Autowired DeliveryPlanner delivery)
			throws Exception {
		String prefix = "allanswered-" + UUID.randomUUID();
		long first = resident(true, prefix + "-1@example.jp", "ja");
		long second = resident(true, prefix + "-2@example.jp", "ja");
		NoticeView notice = send(Set.of(Channel.LINE), 5);
		awaitSent(notice.id());
		List<Long> planned = planUnqueued(notice.id());
		answers.answer(notice.id(), first, SafetyAnswer.SAFE, Channel.LINE);
		answers.answer(notice.id(), second, SafetyAnswer.HELP, Channel.LINE);

		delivery.enqueue(planned, true);

		await().atMost(Duration.ofSeconds(60))
			.until(() -> escalationBatches(notice.id()).stream().allMatch(b -> b.state().equals("SENT")));
		assertThat(skipped(notice.id())).containsExactlyInAnyOrder(first, second);
		assertThat(ledger(notice.id())).isEqualTo(List.of(2L, 0L, 0L, 2L));
		assertThat(mailedTo(prefix)).isZero();
		assertThat(gateways.findAll(postRequestedFor(urlEqualTo("/v2/bot/message/broadcast"))))
			.as("never taken for a broadcast")
			.isEmpty();
		mvc.perform(get("/api/notices/{id}", notice.id()).with(user("kiki").roles("EMERGENCY")))
			.andExpect(jsonPath("$.escalation.email.planned").value(0))
			.andExpect(jsonPath("$.escalation.email.sent").value(0));
	}

	/**
	 * Plans the whole escalation in one chunk without queuing it, as a planner does
	 * before its queue call: the batches are written, nothing is sent yet.
	 */
	private List<Long> planUnqueued(long noticeId) {
		escalations.start(noticeId, 1, later(Duration.ofMinutes(6)));
		assertThat(escalations.lease(noticeId, "planner", Instant.now().plusSeconds(3600))).isTrue();
		return planner.chunk(noticeId, "planner", documents.revision(noticeId, 1), 1_000_000).batchIds();
	}

	private List<Long> skipped(long noticeId) {
		return jdbc
			.sql("SELECT k.subscriber_id FROM escalation_skips k JOIN delivery_batches b ON b.id = k.batch_id "
					+ "WHERE b.notice_id = ? ORDER BY k.subscriber_id")
			.param(noticeId)
			.query(Long.class)
			.list();
	}

	/** The escalation's ledger: planned, sent, failed and skipped because answered. */
	private List<Long> ledger(long noticeId) {
		return jdbc
			.sql("SELECT SUM(planned), SUM(sent), SUM(failed), SUM(skipped_answered) FROM delivery_batches "
					+ "WHERE notice_id = ? AND escalation")
			.param(noticeId)
			.query((rs, n) -> List.of(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)))
			.single();
	}

	/**
	 * Mails GreenMail received for this test's addresses (another test's escalation may
	 * still be sending); a second mail to one address counts twice.
	 */
	private long mailedTo(String prefix) throws Exception {
		long mailed = 0;
		for (MimeMessage mail : smtp.getReceivedMessages()) {
			if (mail.getAllRecipients()[0].toString().startsWith(prefix)) {
				mailed++;
			}
		}
		return mailed;
	}

	private Instant later(Duration duration) {
		return Clock.offset(clock, duration).instant();
	}

	private List<Long> plannedSubscribers(long noticeId) {
		List<Long> planned = new ArrayList<>();
		for (Batch batch : escalationBatches(noticeId)) {
			for (String line : batch.recipients().split("\n")) {
				planned.add(Long.parseLong(line.substring(0, line.indexOf('\t'))));
			}
		}
		return planned;
	}

	record Batch(String channel, String state, String recipients, String retryKey, boolean queued) {
	}

	private List<Batch> escalationBatches(long noticeId) {
		return jdbc
			.sql("SELECT channel, state, recipients, retry_key, queued FROM delivery_batches WHERE notice_id = ? "
					+ "AND escalation ORDER BY id")
			.param(noticeId)
			.query((rs, n) -> new Batch(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getBoolean(5)))
			.list();
	}

	private NoticeView send(Set<Channel> channels, int escalateAfterMinutes) {
		return notices.create(new NoticeDraft("川の水位が上がっています", "北部の方は避難してください。", null, Severity.EMERGENCY,
				AlertStatus.ACTUAL, null, channels, "area = \"" + area + "\"",
				Map.of("en", new NoticeDraft.Translation("The river is rising", "Residents of the north, evacuate.")),
				List.of(), List.of(), null, null, false, NoticeKind.EVACUATION_ORDER)
			.asking(Confirmation.SAFETY, escalateAfterMinutes), EMERGENCY);
	}

	private void awaitSent(long id) {
		await().atMost(Duration.ofSeconds(60)).until(() -> notices.find(id).state() == NoticeState.SENT);
	}

	private long resident(boolean line, String email, String language) {
		OffsetDateTime now = OffsetDateTime.now();
		var key = new GeneratedKeyHolder();
		jdbc.sql("INSERT INTO subscribers (line_user_id, email, email_confirmed, area, language, active, created_at, "
				+ "updated_at) VALUES (?, ?, ?, ?, ?, TRUE, ?, ?)")
			.params(line ? "U" + UUID.randomUUID().toString().replace("-", "") : null, email, email != null, area,
					language, now.minusMinutes(1), now)
			.update(key, "id");
		return key.getKey().longValue();
	}

	private String lineUserId(long subscriber) {
		return jdbc.sql("SELECT line_user_id FROM subscribers WHERE id = ?")
			.param(subscriber)
			.query(String.class)
			.single();
	}

}
