package io.tsutawaru.notifier.delivery;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.icegreen.greenmail.util.GreenMail;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.tsutawaru.notifier.AlertStatus;
import io.tsutawaru.notifier.Channel;
import io.tsutawaru.notifier.Headcount;
import io.tsutawaru.notifier.NoticeKind;
import io.tsutawaru.notifier.LocalServers;
import io.tsutawaru.notifier.NoticeDraft;
import io.tsutawaru.notifier.NoticeState;
import io.tsutawaru.notifier.NoticeView;
import io.tsutawaru.notifier.NoticeView.ChannelProgress;
import io.tsutawaru.notifier.Notices;
import io.tsutawaru.notifier.Preferences;
import io.tsutawaru.notifier.Reach;
import io.tsutawaru.notifier.Segments;
import io.tsutawaru.notifier.Severity;
import io.tsutawaru.notifier.StaffMember;
import io.tsutawaru.notifier.Subscribers;
import io.tsutawaru.notifier.TestSmtp;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@SpringBootTest
class NoticeDeliveryTests extends LocalServers {

	static final String MULTICAST = "/v2/bot/message/multicast";

	static final String BROADCAST = "/v2/bot/message/broadcast";

	static final Pattern LINE_USER_ID = Pattern.compile("\"(U[0-9a-f]{32})\"");

	static final StaffMember EMERGENCY = new StaffMember("kiki", Set.of("EMERGENCY"));

	static final GreenMail smtp = TestSmtp.server();

	@Autowired
	Notices notices;

	@Autowired
	Subscribers subscribers;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	BatchTable batches;

	String area;

	@BeforeEach
	void reset() throws Exception {
		gateways.resetAll();
		gateways.stubFor(post(urlEqualTo(MULTICAST)).willReturn(aResponse().withStatus(200).withBody("{}")));
		gateways.stubFor(post(urlEqualTo(BROADCAST)).willReturn(aResponse().withStatus(200).withBody("{}")));
		gateways.stubFor(post(urlEqualTo("/lalert")).willReturn(aResponse().withStatus(200)));
		gateways.stubFor(post(urlEqualTo("/radio")).willReturn(aResponse().withStatus(200)));
		smtp.purgeEmailFromAllMailboxes();
		area = freshArea();
	}

	@Test
	void sendsLineInOneBatchPerLanguageWithRetryKeysAndMailsConfirmedAddresses() throws Exception {
		List<String> japanese = List.of(resident("ja"), resident("ja"), resident(null));
		String english = resident("en");
		String withEmail = resident("ja");
		confirmEmail(withEmail, "hanako@example.jp");

		NoticeView notice = send(draft(Severity.INFO, AlertStatus.ACTUAL, Set.of(Channel.LINE, Channel.EMAIL)));

		NoticeView sent = awaitState(notice.id(), NoticeState.SENT);
		assertThat(sent.channels()).containsEntry(Channel.LINE, new ChannelProgress(5, 5, 0))
			.containsEntry(Channel.EMAIL, new ChannelProgress(1, 1, 0));
		List<LoggedRequest> multicasts = gateways.findAll(postRequestedFor(urlEqualTo(MULTICAST)));
		assertThat(multicasts).hasSize(2);
		String page = "http://localhost:8080/notices/" + notice.id();
		gateways.verify(postRequestedFor(urlEqualTo(MULTICAST))
			.withHeader("Authorization", matching("Bearer test-token"))
			.withHeader("X-Line-Retry-Key", matching("[0-9a-f-]{36}"))
			.withRequestBody(equalToJson("""
					{"messages":[{"type":"text","text":"%s"}],"to":%s,"notificationDisabled":false}
					""".formatted(("ごみ収集日の変更\\n\\n年末年始は収集日が変わります。\\n\\n詳しくはこちら: " + page), json(japanese, withEmail)),
					true, false)));
		gateways.verify(postRequestedFor(urlEqualTo(MULTICAST)).withRequestBody(equalToJson("""
				{"messages":[{"type":"text","text":"%s"}],"to":["%s"],"notificationDisabled":false}
				""".formatted("Change of collection days\\n\\nCollection days change over the new year.\\n\\nDetails: "
				+ page + "?lang=en", english))));
		assertThat(multicasts.stream().map(r -> r.getHeader("X-Line-Retry-Key")).distinct()).hasSize(2);
		MimeMessage[] mails = smtp.getReceivedMessages();
		assertThat(mails).singleElement().satisfies(mail -> {
			assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("hanako@example.jp");
			assertThat(mail.getSubject()).isEqualTo("ごみ収集日の変更");
			assertThat(mail.getHeader("List-Unsubscribe")[0])
				.isEqualTo("<mailto:unsubscribe@tsutawaru.local?subject=unsubscribe>");
			assertThat((String) mail.getContent()).startsWith("年末年始は収集日が変わります。").contains(page);
		});
	}

	/**
	 * A notice to everyone goes out as one LINE broadcast, which also reaches followers
	 * the service never registered; it carries each language the notice is written in, so
	 * every follower gets theirs, in one delivery.
	 */
	@Test
	void aNoticeToEveryoneInSeveralLanguagesIsOneBroadcastCarryingEachLanguage() {
		resident("en");
		resident("easy-ja");
		NoticeView notice = send(new NoticeDraft("断水のお知らせ", "本日14時から断水します。", null, Severity.WARNING, AlertStatus.ACTUAL,
				null, Set.of(Channel.LINE), "all",
				Map.of("en", new NoticeDraft.Translation("Water outage", "Water is off from 14:00 today."), "easy-ja",
						new NoticeDraft.Translation("すいどうが とまります", "きょう 14じから みずが でません。")),
				List.of(), List.of(), null, null, false, NoticeKind.WATER_OUTAGE));
		awaitState(notice.id(), NoticeState.SENT);

		assertThat(gateways.findAll(postRequestedFor(urlEqualTo(MULTICAST)))).as("nobody gets it twice").isEmpty();
		String page = "http://localhost:8080/notices/" + notice.id();
		gateways.verify(1, postRequestedFor(urlEqualTo(BROADCAST)));
		gateways.verify(postRequestedFor(urlEqualTo(BROADCAST)).withRequestBody(equalToJson("""
				{"messages":[{"type":"text","text":"断水のお知らせ\\n\\n本日14時から断水します。\\n\\n詳しくはこちら: %1$s"},
				 {"type":"text","text":"Water outage\\n\\nWater is off from 14:00 today.\\n\\nDetails: %1$s?lang=en"},
				 {"type":"text","text":"すいどうが とまります\\n\\nきょう 14じから みずが でません。\\n\\nくわしく みる: %1$s?lang=easy-ja"}],
				 "notificationDisabled":false}
				""".formatted(page), true, false)));
	}

	/**
	 * Residents whose language the notice is written in read it in their language on LINE
	 * and by e-mail.
	 */
	@Test
	void eachResidentReadsTheirLanguageByEmailWithTheirPageAndFooter() throws Exception {
		confirmEmail(resident("en"), "english-" + UUID.randomUUID() + "@example.jp");
		String easy = resident("easy-ja");
		confirmEmail(easy, "easy-" + UUID.randomUUID() + "@example.jp");
		NoticeDraft base = draft(Severity.INFO, AlertStatus.ACTUAL, Set.of(Channel.EMAIL));
		NoticeView notice = send(new NoticeDraft(base.title(), base.body(), null, base.severity(), base.status(), null,
				base.channels(), base.segmentRule(),
				Map.of("en", base.translations().get("en"), "easy-ja",
						new NoticeDraft.Translation("ごみの ひが かわります", "ねんまつねんしは ごみの ひが かわります。")),
				List.of(), List.of(), null, null, false));
		awaitState(notice.id(), NoticeState.SENT);

		String page = "http://localhost:8080/notices/" + notice.id();
		assertThat(smtp.getReceivedMessages()).hasSize(2).anySatisfy(mail -> {
			assertThat(mail.getSubject()).isEqualTo("Change of collection days");
			assertThat((String) mail.getContent()).contains(page + "?lang=en", "To stop these mails");
		}).anySatisfy(mail -> {
			assertThat(mail.getSubject()).isEqualTo("ごみの ひが かわります");
			assertThat((String) mail.getContent()).contains(page + "?lang=easy-ja", "メールを とめたい ときは");
		});
	}

	@Test
	void countsAConflictForAnAcceptedRetryKeyAsSent() {
		resident("ja");
		gateways.stubFor(post(urlEqualTo(MULTICAST))
			.willReturn(aResponse().withStatus(409).withBody("{\"message\":\"The retry key is already accepted\"}")));

		NoticeView notice = send(draft(Severity.INFO, AlertStatus.ACTUAL, Set.of(Channel.LINE)));

		assertThat(awaitState(notice.id(), NoticeState.SENT).channels()).containsEntry(Channel.LINE,
				new ChannelProgress(1, 1, 0));
	}

	@Test
	void retriesARateLimitedBatchWithTheSameRetryKeyAfterRetryAfter(@Autowired MeterRegistry meters) {
		long limitedBefore = meters.get("tsutawaru.line.requests").tag("outcome", "rate_limited").timer().count();
		double retriedBefore = lineBatches(meters, "retried");
		double sentBefore = lineBatches(meters, "sent");
		long firstRequestsBefore = meters.get("tsutawaru.delivery.first.request")
			.tag("channel", "line")
			.timer()
			.count();
		resident("ja");
		gateways.stubFor(post(urlEqualTo(MULTICAST)).inScenario("limit")
			.whenScenarioStateIs(STARTED)
			.willReturn(aResponse().withStatus(429)
				.withHeader("Retry-After", "1")
				.withBody("{\"message\":\"Too many requests\"}"))
			.willSetStateTo("open"));
		gateways.stubFor(post(urlEqualTo(MULTICAST)).inScenario("limit")
			.whenScenarioStateIs("open")
			.willReturn(aResponse().withStatus(200).withBody("{}")));

		NoticeView notice = send(draft(Severity.INFO, AlertStatus.ACTUAL, Set.of(Channel.LINE)));

		awaitState(notice.id(), NoticeState.SENT);
		List<LoggedRequest> attempts = gateways.findAll(postRequestedFor(urlEqualTo(MULTICAST)));
		assertThat(attempts).hasSize(2);
		assertThat(attempts.get(0).getHeader("X-Line-Retry-Key"))
			.isEqualTo(attempts.get(1).getHeader("X-Line-Retry-Key"));
		assertThat(Duration.between(attempts.get(0).getLoggedDate().toInstant(),
				attempts.get(1).getLoggedDate().toInstant()))
			.isGreaterThanOrEqualTo(Duration.ofMillis(900));
		// What the operator sees: one 429, one retry, one batch sent, one first request
		// (not one per attempt).
		assertThat(meters.get("tsutawaru.line.requests").tag("outcome", "rate_limited").timer().count())
			.isEqualTo(limitedBefore + 1);
		assertThat(lineBatches(meters, "retried")).isEqualTo(retriedBefore + 1);
		// Counted just after the ledger row that made the notice SENT.
		await().untilAsserted(() -> assertThat(lineBatches(meters, "sent")).isEqualTo(sentBefore + 1));
		assertThat(meters.get("tsutawaru.delivery.first.request").tag("channel", "line").timer().count())
			.isEqualTo(firstRequestsBefore + 1);
	}

	private static double lineBatches(MeterRegistry meters, String outcome) {
		return meters.get("tsutawaru.delivery.batches")
			.tag("channel", "line")
			.tag("outcome", outcome)
			.counter()
			.count();
	}

	@Test
	void mailsResidentsWhoseLineDeliveryFailed() throws Exception {
		String resident = resident("ja");
		confirmEmail(resident, "taro@example.jp");
		gateways.stubFor(post(urlEqualTo(MULTICAST))
			.willReturn(aResponse().withStatus(400).withBody("{\"message\":\"Invalid\"}")));

		NoticeView notice = send(draft(Severity.INFO, AlertStatus.ACTUAL, Set.of(Channel.LINE)));

		NoticeView done = awaitState(notice.id(), NoticeState.PARTLY_FAILED);
		assertThat(done.channels()).containsEntry(Channel.LINE, new ChannelProgress(1, 0, 1))
			.containsEntry(Channel.EMAIL, new ChannelProgress(1, 1, 0));
		assertThat(smtp.getReceivedMessages()).singleElement()
			.satisfies(mail -> assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("taro@example.jp"));
		Reach reach = notices.reach(notice.id(), 1);
		assertThat(reach.residents()).isEqualTo(1);
		assertThat(reach.reached()).containsEntry(Channel.LINE, 0L).containsEntry(Channel.EMAIL, 1L);
		assertThat(reach.failures()).singleElement()
			.satisfies(failure -> assertThat(failure.reason()).startsWith("LINE answered 400"))
			.satisfies(failure -> assertThat(failure.recipients()).isEqualTo(1));
	}

	@Test
	void marksAnExerciseOnLineAndEmail() throws Exception {
		confirmEmail(resident("ja"), "drill@example.jp");

		NoticeView notice = send(draft(Severity.WARNING, AlertStatus.EXERCISE, Set.of(Channel.LINE, Channel.EMAIL)));

		awaitState(notice.id(), NoticeState.SENT);
		gateways
			.verify(postRequestedFor(urlEqualTo(MULTICAST)).withRequestBody(matching(".*\"text\":\"【訓練】ごみ収集日の変更.*")));
		assertThat(smtp.getReceivedMessages()[0].getSubject()).isEqualTo("【訓練】ごみ収集日の変更");
	}

	@Test
	void sendsATestNoticeOnlyToTheTestGroup() throws Exception {
		confirmEmail(resident("ja"), "resident@example.jp");

		NoticeView notice = send(draft(Severity.INFO, AlertStatus.TEST, Set.of(Channel.LINE, Channel.EMAIL)));

		awaitState(notice.id(), NoticeState.SENT);
		gateways.verify(1, postRequestedFor(urlEqualTo(MULTICAST)));
		gateways.verify(postRequestedFor(urlEqualTo(MULTICAST))
			.withRequestBody(matching(".*\"to\":\\[\"Utestgroup000000000000000000000001\"\\].*")));
		assertThat(smtp.getReceivedMessages()).singleElement()
			.satisfies(
					mail -> assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("testgroup@city.example.jp"));
	}

	@Test
	void updateAndCancelReachTheSameResidentsWithNewRetryKeys() throws Exception {
		String resident = resident("ja");
		NoticeView notice = send(draft(Severity.INFO, AlertStatus.ACTUAL, Set.of(Channel.LINE)));
		awaitState(notice.id(), NoticeState.SENT);
		resident("ja"); // joins after the notice: updates still go to the original
						// recipients only

		notices.update(notice.id(), new NoticeDraft("収集日の再変更", "1月4日に変わりました。", null, null, null, null, null, null, null,
				null, null, null, null, false), EMERGENCY);
		awaitState(notice.id(), NoticeState.SENT);
		notices.cancel(notice.id(), "誤報", EMERGENCY);
		await().untilAsserted(() -> assertThat(gateways.findAll(postRequestedFor(urlEqualTo(MULTICAST)))).hasSize(3));

		List<LoggedRequest> sent = gateways.findAll(postRequestedFor(urlEqualTo(MULTICAST)));
		assertThat(sent.get(1).getBodyAsString()).contains("【更新】収集日の再変更").contains("\"to\":[\"" + resident + "\"]");
		assertThat(sent.get(2).getBodyAsString()).contains("【取消】「収集日の再変更」", "理由：誤報")
			.contains("\"to\":[\"" + resident + "\"]")
			.doesNotContain("1月4日に変わりました");
		assertThat(sent.stream().map(r -> r.getHeader("X-Line-Retry-Key")).distinct()).hasSize(3);
		assertThat(notices.find(notice.id()).state()).isEqualTo(NoticeState.CANCELLED);
	}

	@Test
	void updateAndCancelOfAnAlertForOneAreaAreNeverBroadcastWhenItAlsoWentToTheWebsite() throws Exception {
		String resident = resident("ja");
		gateways.stubFor(post(urlEqualTo("/cms")).willReturn(aResponse().withStatus(200)));
		NoticeView notice = send(
				draft(Severity.EMERGENCY, AlertStatus.ACTUAL, Set.of(Channel.LINE, Channel.WEBSITE, Channel.RADIO)));
		awaitState(notice.id(), NoticeState.SENT);

		notices.update(notice.id(), new NoticeDraft("収集日の再変更", "1月4日に変わりました。", null, null, null, null, null, null, null,
				null, null, null, null, false), EMERGENCY);
		awaitState(notice.id(), NoticeState.SENT);
		notices.cancel(notice.id(), "誤報", EMERGENCY);
		await().untilAsserted(() -> assertThat(gateways.findAll(postRequestedFor(urlEqualTo("/radio")))).hasSize(3));
		await().untilAsserted(() -> assertThat(gateways.findAll(postRequestedFor(urlEqualTo(MULTICAST)))).hasSize(3));

		assertThat(lineRecipients()).containsOnly(resident);
		assertThat(gateways.findAll(postRequestedFor(urlEqualTo(BROADCAST)))).as("no version reaches the whole city")
			.isEmpty();
		assertThat(jdbc
			.sql("SELECT COUNT(*) FROM delivery_batches WHERE notice_id = ? AND channel = 'LINE' AND recipients = ''")
			.param(notice.id())
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void updateAndCancelOfABroadcastAreBroadcastAgain() throws Exception {
		resident("ja");
		NoticeDraft toEveryone = new NoticeDraft("断水のお知らせ", "本日14時から断水します。", null, Severity.WARNING, AlertStatus.ACTUAL,
				"断水", Set.of(Channel.LINE), "all", Map.of(), List.of(), List.of(), null, null, false);
		NoticeView notice = send(toEveryone);
		awaitState(notice.id(), NoticeState.SENT);

		notices.update(notice.id(), new NoticeDraft("断水の延長", "断水は18時まで続きます。", null, null, null, null, null, null, null,
				null, null, null, null, false), EMERGENCY);
		awaitState(notice.id(), NoticeState.SENT);
		notices.cancel(notice.id(), "復旧しました", EMERGENCY);
		await().untilAsserted(() -> assertThat(gateways.findAll(postRequestedFor(urlEqualTo(BROADCAST)))).hasSize(3));

		List<LoggedRequest> sent = gateways.findAll(postRequestedFor(urlEqualTo(BROADCAST)));
		assertThat(sent.get(0).getBodyAsString()).contains("断水のお知らせ");
		assertThat(sent.get(1).getBodyAsString()).contains("【更新】断水の延長");
		assertThat(sent.get(2).getBodyAsString()).contains("【取消】「断水の延長」", "理由：復旧しました").doesNotContain("18時まで");
		assertThat(sent.stream().map(r -> r.getHeader("X-Line-Retry-Key")).distinct()).hasSize(3);
		assertThat(gateways.findAll(postRequestedFor(urlEqualTo(MULTICAST)))).isEmpty();
	}

	/**
	 * Chosen areas reach exactly their residents and those who registered no area, never
	 * by broadcast, and the head-count staff confirm is, per channel and per area, what
	 * the plan sends.
	 */
	@Test
	void twoChosenAreasReachExactlyTheirResidentsAndThoseWithoutAnAreaAsTheHeadcountSaid(@Autowired Segments segments) {
		String other = freshArea();
		String second = freshArea();
		for (String where : new String[] { area, second, other, null }) {
			insert(where, true, true, null);
			insert(where, true, true, "line-" + UUID.randomUUID() + "@example.jp");
			insert(where, false, true, "blocked-" + UUID.randomUUID() + "@example.jp");
			insert(where, true, false, null);
			insert(null, false, false, "mail-" + UUID.randomUUID() + "@example.jp");
		}
		String rule = "area in (\"" + area + "\", \"" + second + "\") or area is unset";
		Set<Channel> channels = Set.of(Channel.LINE, Channel.EMAIL);
		Headcount confirmed = segments.headcount(rule, channels);

		NoticeView notice = send(new NoticeDraft("避難指示", "避難してください。", null, Severity.EMERGENCY, AlertStatus.ACTUAL,
				null, channels, rule, Map.of(), List.of(area, second), List.of(), null, null, false));
		awaitState(notice.id(), NoticeState.SENT);

		assertThat(gateways.findAll(postRequestedFor(urlEqualTo(BROADCAST)))).isEmpty();
		Map<String, Long> planned = new HashMap<>();
		jdbc.sql("SELECT b.channel, s.area FROM delivery_batches b JOIN subscribers s ON ('\n' || b.recipients) LIKE "
				+ "('%\n' || CAST(s.id AS VARCHAR(20)) || '\t%') WHERE b.notice_id = ?")
			.param(notice.id())
			.query(rs -> {
				planned.merge(rs.getString(1) + "/" + rs.getString(2), 1L, Long::sum);
			});
		Map<String, Long> counted = new HashMap<>();
		for (Headcount.Area a : confirmed.areas()) {
			if (a.line() > 0) {
				counted.put("LINE/" + a.area(), a.line());
			}
			if (a.email() > 0) {
				counted.put("EMAIL/" + a.area(), a.email());
			}
		}
		assertThat(planned).isEqualTo(counted)
			.doesNotContainKeys("LINE/" + other, "EMAIL/" + other)
			.containsKeys("LINE/" + area, "LINE/" + second, "LINE/null", "EMAIL/" + area, "EMAIL/null");
		assertThat(notices.find(notice.id()).channels()).containsEntry(Channel.LINE,
				new ChannelProgress(confirmed.line(), confirmed.line(), 0));
		assertThat(notices.find(notice.id()).audience()).isEqualTo(confirmed.audience());
	}

	@Test
	void plansALargeAudienceInChunksAndReachesEachResidentOnce() {
		int residents = DeliveryPlanner.FIRST_CHUNK * 2 + 600;
		OffsetDateTime now = OffsetDateTime.now();
		for (int i = 0; i < residents; i++) {
			jdbc.sql(
					"INSERT INTO subscribers (line_user_id, area, language, active, created_at, updated_at) VALUES (?, ?, 'ja', TRUE, ?, ?)")
				.params("U" + UUID.randomUUID().toString().replace("-", ""), area, now, now)
				.update();
		}

		NoticeView notice = send(draft(Severity.INFO, AlertStatus.ACTUAL, Set.of(Channel.LINE)));

		assertThat(awaitState(notice.id(), NoticeState.SENT).channels()).containsEntry(Channel.LINE,
				new ChannelProgress(residents, residents, 0));
		List<String> reached = lineRecipients();
		assertThat(reached).hasSize(residents).doesNotHaveDuplicates();
		long lastResident = jdbc.sql("SELECT MAX(id) FROM subscribers WHERE area = ?")
			.param(area)
			.query(Long.class)
			.single();
		assertThat(jdbc.sql("SELECT recipients_cursor FROM delivery_plans WHERE notice_id = ?")
			.param(notice.id())
			.query(Long.class)
			.single()).as("the plan's cursor ends at the last resident").isEqualTo(lastResident);
	}

	@Test
	void planningAVersionAgainWritesNothing(@Autowired DeliveryPlanner planner) {
		resident("ja");
		NoticeView notice = send(draft(Severity.INFO, AlertStatus.ACTUAL, Set.of(Channel.LINE)));
		awaitState(notice.id(), NoticeState.SENT);
		long batches = jdbc.sql("SELECT COUNT(*) FROM delivery_batches WHERE notice_id = ?")
			.param(notice.id())
			.query(Long.class)
			.single();

		planner.plan(notice.id(), 1);

		assertThat(jdbc.sql("SELECT COUNT(*) FROM delivery_batches WHERE notice_id = ?")
			.param(notice.id())
			.query(Long.class)
			.single()).isEqualTo(batches);
		assertThat(lineRecipients()).hasSize(1);
	}

	/**
	 * A batch handed out twice (an entry claimed from a worker that was only slow, a
	 * batch queued again after Redis lost its streams) is sent by one worker: the second
	 * finds the first's lease and leaves its entry pending.
	 */
	@Test
	void aSecondWorkerDoesNotSendABatchWhileTheFirstHoldsItsLease(@Autowired BatchDelivery delivery) throws Exception {
		DeliveryBatch batch = extraLineBatch();
		gateways.stubFor(post(urlEqualTo(MULTICAST)).withHeader("X-Line-Retry-Key", equalTo(batch.retryKey()))
			.willReturn(aResponse().withStatus(200).withBody("{}").withFixedDelay(1500)));

		CompletableFuture<Boolean> first = CompletableFuture
			.supplyAsync(() -> delivery.deliver(batch.id(), "worker-a", () -> {
			}));
		await().atMost(Duration.ofSeconds(30)).until(() -> multicastsWith(batch.retryKey()) == 1);
		boolean second = delivery.deliver(batch.id(), "worker-b", () -> {
		});

		assertThat(second).as("the second worker leaves the entry pending").isFalse();
		assertThat(first.get(30, TimeUnit.SECONDS)).isTrue();
		assertThat(delivery.deliver(batch.id(), "worker-b", () -> {
		})).as("a finished batch's entry is done with").isTrue();
		assertThat(multicastsWith(batch.retryKey())).as("sent once").isEqualTo(1);
	}

	/**
	 * A worker killed mid-send renews its lease no more: once it runs out, another worker
	 * sends the batch.
	 */
	@Test
	void aBatchWhoseWorkerDiedIsSentOnceItsLeaseRunsOut(@Autowired BatchDelivery delivery) {
		DeliveryBatch batch = extraLineBatch();
		jdbc.sql("UPDATE delivery_batches SET leased_by = 'killed-worker', leased_until = ? WHERE id = ?")
			.params(OffsetDateTime.now().plusHours(1), batch.id())
			.update();

		assertThat(delivery.deliver(batch.id(), "worker-b", () -> {
		})).as("leased by a worker not known to be dead").isFalse();
		assertThat(multicastsWith(batch.retryKey())).isZero();

		jdbc.sql("UPDATE delivery_batches SET leased_until = ? WHERE id = ?")
			.params(OffsetDateTime.now().minusSeconds(1), batch.id())
			.update();

		assertThat(delivery.deliver(batch.id(), "worker-b", () -> {
		})).isTrue();
		assertThat(multicastsWith(batch.retryKey())).isEqualTo(1);
		assertThat(jdbc.sql("SELECT state FROM delivery_batches WHERE id = ?")
			.param(batch.id())
			.query(String.class)
			.single()).isEqualTo("SENT");
	}

	/**
	 * A LINE batch of a sent notice's version written into the ledger but never queued
	 * (marked queued, so that the sweeper leaves it alone): only the test hands it to
	 * workers.
	 */
	private DeliveryBatch extraLineBatch() {
		String lineUserId = resident("ja");
		NoticeView notice = send(draft(Severity.INFO, AlertStatus.ACTUAL, Set.of(Channel.LINE)));
		awaitState(notice.id(), NoticeState.SENT);
		long subscriberId = jdbc.sql("SELECT id FROM subscribers WHERE line_user_id = ?")
			.param(lineUserId)
			.query(Long.class)
			.single();
		DeliveryBatch batch = new DeliveryBatch(0, notice.id(), 1, Channel.LINE, "ja", false,
				List.of(new DeliveryBatch.Address(subscriberId, lineUserId)), BatchTable.newRetryKey());
		long id = batches.insert(List.of(batch), 0).get(0);
		batches.markQueued(List.of(id));
		return new DeliveryBatch(id, batch.noticeId(), batch.revision(), batch.channel(), batch.language(),
				batch.emergency(), batch.recipients(), batch.retryKey());
	}

	private int multicastsWith(String retryKey) {
		return gateways
			.findAll(postRequestedFor(urlEqualTo(MULTICAST)).withHeader("X-Line-Retry-Key", equalTo(retryKey)))
			.size();
	}

	private List<String> lineRecipients() {
		List<String> ids = new ArrayList<>();
		for (LoggedRequest request : gateways.findAll(postRequestedFor(urlEqualTo(MULTICAST)))) {
			Matcher m = LINE_USER_ID.matcher(request.getBodyAsString());
			while (m.find()) {
				ids.add(m.group(1));
			}
		}
		return ids;
	}

	private void insert(String where, boolean active, boolean line, String email) {
		OffsetDateTime now = OffsetDateTime.now();
		jdbc.sql(
				"INSERT INTO subscribers (line_user_id, email, email_confirmed, area, language, active, created_at, updated_at) "
						+ "VALUES (?, ?, ?, ?, 'ja', ?, ?, ?)")
			.params(line ? "U" + UUID.randomUUID().toString().replace("-", "") : null, email, email != null, where,
					active, now, now)
			.update();
	}

	private NoticeView send(NoticeDraft draft) {
		return notices.create(draft, EMERGENCY);
	}

	private NoticeDraft draft(Severity severity, AlertStatus status, Set<Channel> channels) {
		return new NoticeDraft(
				"ごみ収集日の変更", "年末年始は収集日が変わります。", null, severity, status, "ごみ", channels, "area = \"" + area + "\"", Map
					.of("en",
							new NoticeDraft.Translation("Change of collection days",
									"Collection days change over the new year.")),
				List.of(), List.of(), null, null, false);
	}

	private String resident(String language) {
		String lineUserId = "U" + UUID.randomUUID().toString().replace("-", "");
		subscribers.followed(lineUserId);
		subscribers.updatePreferences(lineUserId, new Preferences(area, null, Set.of(), language));
		return lineUserId;
	}

	private void confirmEmail(String lineUserId, String email) throws Exception {
		subscribers.requestEmail(lineUserId, email);
		jdbc.sql("UPDATE subscribers SET email_confirmed = TRUE WHERE line_user_id = ?").param(lineUserId).update();
		smtp.purgeEmailFromAllMailboxes();
	}

	private NoticeView awaitState(long id, NoticeState state) {
		await().atMost(Duration.ofSeconds(60)).until(() -> notices.find(id).state() == state);
		return notices.find(id);
	}

	private static String json(List<String> ids, String... more) {
		List<String> all = new ArrayList<>(ids);
		all.addAll(List.of(more));
		return all.stream().map(id -> "\"" + id + "\"").toList().toString();
	}

}
