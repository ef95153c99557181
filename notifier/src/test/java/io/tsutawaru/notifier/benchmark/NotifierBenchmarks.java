package io.tsutawaru.notifier.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.linecorp.bot.messaging.model.PushMessageRequest;
import com.linecorp.bot.messaging.model.TextMessage;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import redis.embedded.RedisServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.tsutawaru.notifier.Audience;
import io.tsutawaru.notifier.Channel;
import io.tsutawaru.notifier.Confirmation;
import io.tsutawaru.notifier.Escalations;
import io.tsutawaru.notifier.LocalServers;
import io.tsutawaru.notifier.NoticeDraft;
import io.tsutawaru.notifier.NoticeState;
import io.tsutawaru.notifier.NoticeView;
import io.tsutawaru.notifier.Notices;
import io.tsutawaru.notifier.Segments;
import io.tsutawaru.notifier.Severity;
import io.tsutawaru.notifier.StaffMember;
import io.tsutawaru.notifier.SyntheticSubscribers;
import io.tsutawaru.infrastructure.line.LineClients;
import io.tsutawaru.notifier.segment.SegmentQueries;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The notifier's benchmarks (docs/benchmarks.md, Issue 5), run only when asked:
 * {@code flock /work/bench.lock ./mvnw -B -o -pl notifier -am verify -Dtest=NotifierBenchmarks -Dtsutawaru.benchmark=true -Dsurefire.failIfNoSpecifiedTests=false}.
 * Everything runs on loopback in one JVM: PostgreSQL in a fresh schema when
 * TSUTAWARU_TEST_POSTGRES_URL is set (unless {@code -Dtsutawaru.benchmark.h2=true}),
 * otherwise H2 in memory, a real redis-server, WireMock as LINE and the gateways, an SMTP
 * sink, GreenMail for the e-mail figure.
 */
@SpringBootTest(properties = { "tsutawaru.notifier.fan-out.workers=${tsutawaru.benchmark.workers:4}",
		"tsutawaru.notifier.mail.connections=${tsutawaru.benchmark.mail-connections:4}",
		"tsutawaru.notifier.line.requests-per-second=5000", "tsutawaru.notifier.mail.messages-per-second=100000",
		"tsutawaru.notifier.approval.pr-notices=false",
		// As the service runs (app's application.yml): the LINE SDK's request log is off.
		// At INFO it writes every
		// multicast's 500 user ids to the console, which cost the fan-out CPU a city's
		// service does not spend.
		"logging.level.com.linecorp.bot.client.wire=WARN" })
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@EnabledIfSystemProperty(named = "tsutawaru.benchmark", matches = "true")
class NotifierBenchmarks {

	static final int SUBSCRIBERS = Integer.getInteger("tsutawaru.benchmark.subscribers", 1_000_000);

	static final StaffMember KIKI = new StaffMember("kiki", Set.of("EMERGENCY"));

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final WireMockServer line = new WireMockServer(
			options().dynamicPort().bindAddress("127.0.0.1").containerThreads(32).asynchronousResponseEnabled(false));

	static final SmtpSink sink = new SmtpSink();

	static final GreenMail greenMail = new GreenMail(
			new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort())
		.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

	static final int redisPort = LocalServers.freePort();

	static RedisServer redis;

	static final List<String> report = new ArrayList<>();

	@Autowired
	Notices notices;

	@Autowired
	Segments segments;

	@Autowired
	SegmentQueries queries;

	@Autowired
	SyntheticSubscribers synthetic;

	@Autowired
	LineClients lineClients;

	@Autowired
	JavaMailSenderImpl mailSender;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@DynamicPropertySource
	static void servers(DynamicPropertyRegistry registry) throws IOException {
		line.start();
		greenMail.start();
		redis = RedisServer.newRedisServer()
			.bind("127.0.0.1")
			.port(redisPort)
			.setting("save \"\"")
			.setting("appendonly no")
			.build();
		redis.start();
		for (String path : List.of("/v2/bot/message/multicast", "/v2/bot/message/push", "/v2/bot/message/broadcast",
				"/lalert", "/radio", "/cms", "/hub")) {
			line.stubFor(post(urlEqualTo(path)).willReturn(aResponse().withStatus(200).withBody("{}")));
		}
		registry.add("spring.data.redis.host", () -> "127.0.0.1");
		registry.add("spring.data.redis.port", () -> redisPort);
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", sink::port);
		registry.add("tsutawaru.line.api-endpoint", line::baseUrl);
		registry.add("tsutawaru.line.channel-token", () -> "bench-token");
		registry.add("tsutawaru.notifier.gateways.lalert-url", () -> line.baseUrl() + "/lalert");
		registry.add("tsutawaru.notifier.gateways.radio-url", () -> line.baseUrl() + "/radio");
		registry.add("tsutawaru.notifier.gateways.cms-webhook-url", () -> line.baseUrl() + "/cms");
		registry.add("tsutawaru.notifier.gateways.cap-hub-url", () -> line.baseUrl() + "/hub");
		registry.add("tsutawaru.notifier.fan-out.stream-key", () -> "tsutawaru:bench:" + UUID.randomUUID());
		String postgres = System.getenv("TSUTAWARU_TEST_POSTGRES_URL");
		if (postgres != null && !Boolean.getBoolean("tsutawaru.benchmark.h2")) {
			// The shared test server keeps its data: a schema of our own, never someone
			// else's tables.
			String schema = "t_notifier_bench_" + UUID.randomUUID().toString().substring(0, 8);
			registry.add("spring.datasource.url",
					() -> postgres + (postgres.contains("?") ? "&" : "?") + "currentSchema=" + schema);
			registry.add("spring.flyway.default-schema", () -> schema);
			registry.add("spring.flyway.create-schemas", () -> "true");
			database = "PostgreSQL";
			benchmarkSchema = schema;
		}
		else {
			registry.add("spring.datasource.url",
					() -> "jdbc:h2:mem:bench;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
			registry.add("spring.datasource.username", () -> "sa");
			registry.add("spring.datasource.password", () -> "");
			database = "H2";
		}
	}

	static String database;

	/**
	 * The PostgreSQL schema of this run, dropped at the end: a million residents should
	 * not outlive it.
	 */
	static String benchmarkSchema;

	@AfterAll
	void stop() throws IOException {
		if (benchmarkSchema != null) {
			jdbc.sql("DROP SCHEMA " + benchmarkSchema + " CASCADE").update();
		}
		line.stop();
		greenMail.stop();
		sink.close();
		redis.stop();
		Path out = Path.of("target", "notifier-benchmarks.txt");
		Files.write(out, report, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING);
	}

	/**
	 * Generated once before the first test, so that any one test can also be run alone
	 * ({@code -Dtest=NotifierBenchmarks#...}).
	 */
	@BeforeAll
	void generateSubscribers() {
		long start = System.nanoTime();
		synthetic.generate(SUBSCRIBERS, 1);
		print("subscribers generated: %,d in %.1f s", SUBSCRIBERS, seconds(start));
	}

	@Test
	@Order(1)
	void fanOutToAMillionSubscribers() throws Exception {
		String rule = "\"防災\" in interests";
		long previewStart = System.nanoTime();
		Audience audience = segments.preview(rule);
		print("segment %s: %,d residents (%.1f%%), LINE %,d, e-mail %,d; counted in %d ms", rule, audience.residents(),
				100.0 * audience.residents() / SUBSCRIBERS, audience.line(), audience.email(), millis(previewStart));

		// The same fan-out twice: first in this fresh JVM (its code still interpreted and
		// being compiled, as right
		// after a deploy), then again, as in a service that has been running.
		double cold = fanOut(rule, audience, "防災訓練のお知らせ", "first in this JVM");
		double ours = fanOut(rule, audience, "防災訓練のお知らせ（2回目）", "again, the same audience");
		print("fan-out: %.1f s the first time in this JVM, %.1f s the second time", cold, ours);

		double naive = naiveSender(audience);
		print("naive sender (one push call or one SMTP session per resident, measured on a sample): %.1f s estimated for "
				+ "the same audience; batched fan-out is %.1fx faster", naive, naive / ours);
	}

	/**
	 * Sends one notice to the audience on LINE and e-mail, checks every resident got it
	 * once, returns the seconds.
	 */
	private double fanOut(String rule, Audience audience, String title, String which) {
		line.resetRequests();
		sink.reset();
		long[] databaseBefore = databaseWork();
		CpuUse cpuBefore = CpuUse.now();
		long sendStart = System.nanoTime();
		NoticeView notice = notices.create(draft(title, Severity.INFO, Set.of(Channel.LINE, Channel.EMAIL), rule),
				KIKI);
		await().atMost(Duration.ofMinutes(15))
			.pollInterval(Duration.ofMillis(200))
			.until(() -> notices.find(notice.id()).state().ordinal() >= NoticeState.SENT.ordinal());
		double seconds = seconds(sendStart);
		String cpu = CpuUse.now().since(cpuBefore);
		long[] databaseAfter = databaseWork();
		NoticeView done = notices.find(notice.id());

		LineCount lineCount = lineRecipients("/v2/bot/message/multicast");
		if (databaseBefore.length > 0) {
			print("database work over the fan-out (pg_stat_database, this database, all clients): %,d transactions "
					+ "committed, %,d rows inserted, %,d updated", databaseAfter[0] - databaseBefore[0],
					databaseAfter[1] - databaseBefore[1], databaseAfter[2] - databaseBefore[2]);
		}
		print("fan-out (%s): state %s in %.1f s; LINE %,d multicasts to %,d residents (%,d duplicates); e-mail %,d messages "
				+ "to %,d addresses (%,d duplicates)", which, done.state(), seconds, lineCount.requests,
				lineCount.unique, lineCount.duplicates, sink.messages(), sink.recipients(), sink.duplicates());
		printPhases(notice.id(), sendStart);
		print("CPU seconds over the fan-out (/proc; threads that ended meanwhile are not counted): %s", cpu);
		assertThat(lineCount.unique).isEqualTo(audience.line());
		assertThat(lineCount.duplicates).isZero();
		assertThat(sink.recipients()).isEqualTo(audience.email());
		assertThat(sink.duplicates()).isZero();
		return seconds;
	}

	/**
	 * Transactions committed and rows inserted and updated in this database so far
	 * (PostgreSQL's statistics, which it updates about every second: read after a pause);
	 * empty on H2.
	 */
	private long[] databaseWork() {
		if (!"PostgreSQL".equals(database)) {
			return new long[0];
		}
		try {
			Thread.sleep(1_500);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		jdbc.sql("SELECT pg_stat_clear_snapshot()").query(rs -> {
		});
		return jdbc.sql(
				"SELECT xact_commit, tup_inserted, tup_updated FROM pg_stat_database WHERE datname = current_database()")
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2), rs.getLong(3) })
			.single();
	}

	/**
	 * Wall time per phase from the ledger: when each channel's first and last batch was
	 * planned (written) and finished, in seconds after the POST, and the workers'
	 * settings of the run.
	 */
	private void printPhases(long noticeId, long sendStartNanos) {
		long postMillis = System.currentTimeMillis()
				- TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - sendStartNanos);
		jdbc.sql(
				"SELECT channel, COUNT(*), MIN(planned_at), MAX(planned_at), MIN(done_at), MAX(done_at) FROM delivery_batches "
						+ "WHERE notice_id = ? GROUP BY channel ORDER BY channel")
			.param(noticeId)
			.query(rs -> {
				print("fan-out phases, %s: %,d batches planned %.1f–%.1f s, finished %.1f–%.1f s after POST (workers %s, SMTP "
						+ "connections per batch %s, ledger batch %s)", rs.getString(1), rs.getLong(2),
						since(postMillis, rs.getTimestamp(3)), since(postMillis, rs.getTimestamp(4)),
						since(postMillis, rs.getTimestamp(5)), since(postMillis, rs.getTimestamp(6)),
						System.getProperty("tsutawaru.benchmark.workers", "4"),
						System.getProperty("tsutawaru.benchmark.mail-connections", "4"),
						System.getProperty("tsutawaru.notifier.mail.ledger-batch", "1"));
			});
	}

	private static double since(long startMillis, java.sql.Timestamp at) {
		return (at.getTime() - startMillis) / 1000.0;
	}

	/**
	 * About 21,600 addresses among a million residents; a smaller run
	 * (-Dtsutawaru.benchmark.subscribers) takes a wider rule so that the figure is still
	 * over 20,000 mails.
	 */
	private String twentyThousandMails() {
		String rule = "area = \"北部\" and \"子育て\" in interests";
		return segments.preview(rule).email() >= 20_000 ? rule : "\"子育て\" in interests";
	}

	@Test
	@Order(2)
	void mailsTwentyThousandResidentsThroughASmtpServer() throws Exception {
		mailSender.setPort(greenMail.getSmtp().getPort());
		try {
			String selected = twentyThousandMails();
			Audience audience = segments.preview(selected);
			long start = System.nanoTime();
			NoticeView notice = notices.create(draft("子育て相談会", Severity.INFO, Set.of(Channel.EMAIL), selected), KIKI);
			await().atMost(Duration.ofMinutes(10))
				.pollInterval(Duration.ofMillis(100))
				.until(() -> notices.find(notice.id()).state().ordinal() >= NoticeState.SENT.ordinal());
			double elapsed = seconds(start);
			MimeMessage[] received = greenMail.getReceivedMessages();
			print("e-mail: %,d messages accepted by GreenMail (%,d planned) in %.1f s from POST to sent: %.0f messages/s",
					received.length, audience.email(), elapsed, received.length / elapsed);
			assertThat(received).hasSize((int) audience.email());
		}
		finally {
			mailSender.setPort(sink.port());
			greenMail.purgeEmailFromAllMailboxes();
		}
	}

	/**
	 * The same audience into the SMTP sink, which accepts at once and stores nothing:
	 * what the notifier itself sends per second, apart from what a mail store costs
	 * (GreenMail's grows with every new mailbox).
	 */
	@Test
	@Order(2)
	void mailsTwentyThousandResidentsThroughAnSmtpSink() throws Exception {
		String selected = twentyThousandMails();
		Audience audience = segments.preview(selected);
		sink.reset();
		long start = System.nanoTime();
		NoticeView notice = notices.create(draft("子育て相談会（再送）", Severity.INFO, Set.of(Channel.EMAIL), selected), KIKI);
		await().atMost(Duration.ofMinutes(10))
			.pollInterval(Duration.ofMillis(100))
			.until(() -> notices.find(notice.id()).state().ordinal() >= NoticeState.SENT.ordinal());
		double elapsed = seconds(start);
		print("e-mail: %,d messages to %,d addresses (%,d duplicates) accepted by the SMTP sink (%,d planned) in %.1f s "
				+ "from POST to sent: %.0f messages/s", sink.messages(), sink.recipients(), sink.duplicates(),
				audience.email(), elapsed, sink.messages() / elapsed);
		assertThat(sink.recipients()).isEqualTo(audience.email());
	}

	/**
	 * The same audience into Postfix, a real MTA, on loopback:
	 * {@code bin/bench/local-postfix} starts it (every mail to its discard transport,
	 * nothing leaves the machine) and prints the port, named here with
	 * {@code -Dtsutawaru.benchmark.postfix.port=...}. Postfix logs one
	 * {@code status=sent} line per recipient it delivered; the lines this run appended to
	 * its log must name every planned address exactly once.
	 */
	@Test
	@Order(2)
	@EnabledIfSystemProperty(named = "tsutawaru.benchmark.postfix.port", matches = "\\d+")
	void mailsTwentyThousandResidentsThroughPostfix() throws Exception {
		Path maillog = Path
			.of(System.getProperty("tsutawaru.benchmark.postfix.log", "/tmp/tsutawaru-bench-postfix/maillog"));
		mailSender.setPort(Integer.getInteger("tsutawaru.benchmark.postfix.port"));
		try {
			String selected = twentyThousandMails();
			Set<String> planned = new HashSet<>();
			queries.forEachRecipient(queries.parse(selected), r -> {
				if (r.email() != null) {
					planned.add(r.email());
				}
			});
			long logStart = Files.size(maillog);
			long start = System.nanoTime();
			NoticeView notice = notices.create(draft("子育て相談会（Postfix）", Severity.INFO, Set.of(Channel.EMAIL), selected),
					KIKI);
			await().atMost(Duration.ofMinutes(10))
				.pollInterval(Duration.ofMillis(100))
				.until(() -> notices.find(notice.id()).state().ordinal() >= NoticeState.SENT.ordinal());
			double accepted = seconds(start);
			// Postfix answered 250 for every mail; its queue manager hands them to
			// discard a moment later.
			PostfixLog delivered = await().atMost(Duration.ofMinutes(2))
				.pollInterval(Duration.ofMillis(100))
				.until(() -> PostfixLog.read(maillog, logStart), log -> log.deliveries() >= planned.size());
			double deliveredSeconds = seconds(start);
			// A mail delivered twice would show up as one more line a moment later: read
			// the log again after a pause.
			Thread.sleep(2_000);
			delivered = PostfixLog.read(maillog, logStart);
			print("e-mail: %,d messages accepted by Postfix (%,d planned) in %.1f s from POST to sent: %.0f messages/s; "
					+ "Postfix logged %,d deliveries to %,d addresses (%,d duplicates) %.1f s after POST: %.0f messages/s",
					delivered.accepted(), planned.size(), accepted, planned.size() / accepted, delivered.deliveries(),
					delivered.perAddress().size(), delivered.duplicates(), deliveredSeconds,
					planned.size() / deliveredSeconds);
			assertThat(delivered.perAddress().keySet()).isEqualTo(planned);
			assertThat(delivered.duplicates()).isZero();
		}
		finally {
			mailSender.setPort(sink.port());
		}
	}

	/**
	 * What Postfix logged after a given offset: mails it accepted (cleanup) and
	 * recipients it delivered (discard).
	 */
	record PostfixLog(long accepted, long deliveries, Map<String, Integer> perAddress) {

		static PostfixLog read(Path maillog, long from) throws IOException {
			long accepted = 0;
			long deliveries = 0;
			Map<String, Integer> perAddress = new HashMap<>();
			String appended;
			try (var channel = Files.newByteChannel(maillog)) {
				channel.position(from);
				appended = new String(Channels.newInputStream(channel).readAllBytes(), StandardCharsets.UTF_8);
			}
			// Postfix may be writing the last line right now: only whole lines count.
			for (String line : appended.substring(0, appended.lastIndexOf('\n') + 1).split("\n")) {
				if (line.contains(" postfix/cleanup[") && line.contains(": message-id=")) {
					accepted++;
				}
				else if (line.contains(" postfix/discard[") && line.contains(" status=sent ")) {
					int to = line.indexOf(" to=<");
					perAddress.merge(line.substring(to + 5, line.indexOf('>', to)), 1, Integer::sum);
					deliveries++;
				}
			}
			return new PostfixLog(accepted, deliveries, perAddress);
		}

		long duplicates() {
			return deliveries - perAddress.size();
		}

	}

	@Test
	@Order(3)
	void emergencyReachesEveryChannelWithinASecond() throws Exception {
		String rule = "area = \"北部\" and age = \"70代以上\" and \"防災\" in interests";
		Audience audience = segments.preview(rule);
		print("emergency audience: LINE %,d, e-mail %,d; channels LINE, e-mail, website (CMS webhook), CAP (WebSub ping), "
				+ "L-Alert, radio", audience.line(), audience.email());
		List<Long> worst = new ArrayList<>();
		List<Long> gaps = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			line.resetRequests();
			sink.reset();
			long wallStart = System.currentTimeMillis();
			long nanoStart = System.nanoTime();
			String body = JSON.writeValueAsString(
					Map.of("title", "避難指示 " + (i + 1), "body", "直ちに避難してください。", "severity", "emergency", "channels",
							List.of("line", "email", "website", "cap", "lalert", "radio"), "segmentRule", rule));
			String location = mvc
				.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/notices")
					.with(user("kiki").roles("EMERGENCY"))
					.contentType(MediaType.APPLICATION_JSON)
					.content(body))
				.andExpect(status().isCreated())
				.andReturn()
				.getResponse()
				.getHeader("Location");
			long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
			await().atMost(Duration.ofMinutes(2))
				.pollInterval(Duration.ofMillis(50))
				.until(() -> notices.find(id).state().ordinal() >= NoticeState.SENT.ordinal());
			List<Long> firsts = new ArrayList<>();
			for (String path : List.of("/v2/bot/message/multicast", "/cms", "/hub", "/lalert", "/radio")) {
				firsts.add(line.findAll(postRequestedFor(urlEqualTo(path)))
					.stream()
					.mapToLong(r -> r.getLoggedDate().getTime() - wallStart)
					.min()
					.orElseThrow());
			}
			firsts.add(TimeUnit.NANOSECONDS.toMillis(sink.firstNanos() - nanoStart));
			long max = firsts.stream().mapToLong(Long::longValue).max().orElseThrow();
			long min = firsts.stream().mapToLong(Long::longValue).min().orElseThrow();
			worst.add(max);
			gaps.add(max - min);
			print("alert %2d: first request per channel (ms after POST) LINE %d, website %d, CAP %d, L-Alert %d, radio %d, "
					+ "e-mail %d; slowest %d, gap %d", i + 1, firsts.get(0), firsts.get(1), firsts.get(2),
					firsts.get(3), firsts.get(4), firsts.get(5), max, max - min);
		}
		print("emergency over 20 alerts: slowest channel median %d ms, max %d ms; gap between channels median %d ms, max %d ms",
				median(worst), worst.stream().mapToLong(Long::longValue).max().orElseThrow(), median(gaps),
				gaps.stream().mapToLong(Long::longValue).max().orElseThrow());
	}

	/**
	 * Issue 15, item 9: the largest rules the limits allow (50 conditions, 4,000
	 * characters, lists of 200 values), each counted as the preview does and read in
	 * full, chunk by chunk, as the fan-out plans its batches.
	 */
	@Test
	@Order(4)
	void theLargestAllowedRulesAreCountedAndPlannedQuickly() {
		String[] interests = { "防災", "子育て", "健康", "イベント", "ごみ", "税" };
		List<String> conditions = new ArrayList<>();
		for (int i = 0; i < 50; i++) {
			conditions.add("\"" + interests[i % interests.length] + "\" in interests");
		}
		List<String> groups = new ArrayList<>();
		for (int i = 0; i < 25; i++) {
			groups.add("not (area = \"" + List.of("北部", "中央", "南部", "東部", "西部").get(i % 5) + "\" and \""
					+ interests[i % interests.length] + "\" in interests)");
		}
		String values = String.join(", ", java.util.Collections.nCopies(40, "\"北部\", \"中央\", \"南部\", \"東部\", \"西部\""));
		Map<String, String> rules = new java.util.LinkedHashMap<>();
		rules.put("50 interests, or", String.join(" or ", conditions));
		rules.put("50 interests, and", String.join(" and ", conditions.subList(0, 6)) + " or "
				+ String.join(" and ", conditions.subList(6, 50)));
		rules.put("25 negated pairs, or", String.join(" or ", groups));
		rules.put("lists of 200 values",
				"area in (" + values + ") and area not in (" + values + ") or age in (\"20代\")");
		assertThat(rules.get("lists of 200 values")).hasSizeLessThanOrEqualTo(4_000);
		rules.forEach((name, rule) -> {
			var parsed = queries.parse(rule);
			long countStart = System.nanoTime();
			Audience audience = queries.count(parsed);
			long counted = millis(countStart);
			long planStart = System.nanoTime();
			long after = 0;
			long read = 0;
			while (true) {
				long[] last = { after };
				int streamed = queries.forEachRecipient(parsed, after, 5_000,
						recipient -> last[0] = recipient.subscriberId());
				read += streamed;
				if (streamed < 5_000) {
					break;
				}
				after = last[0];
			}
			print("largest allowed rule (%s, %,d characters): %,d residents counted in %d ms; read in chunks of 5,000 in %d ms",
					name, rule.length(), audience.residents(), counted, millis(planStart));
			assertThat(read).isEqualTo(audience.residents());
		});
	}

	/**
	 * What a sender without batches does: one LINE push per resident and one SMTP session
	 * per mail, one after the other. Timed on a sample and scaled to the audience,
	 * because running it in full would take many minutes.
	 */
	private double naiveSender(Audience audience) throws Exception {
		List<String> lineIds = new ArrayList<>();
		List<String> emails = new ArrayList<>();
		queries.forEachRecipient(queries.parse("\"防災\" in interests"), r -> {
			if (r.lineUserId() != null && lineIds.size() < 2_000) {
				lineIds.add(r.lineUserId());
			}
			if (r.email() != null && emails.size() < 1_000) {
				emails.add(r.email());
			}
		});
		long lineStart = System.nanoTime();
		for (String to : lineIds) {
			lineClients.messaging()
				.pushMessage(UUID.randomUUID(),
						new PushMessageRequest(to, List.of(new TextMessage("防災訓練のお知らせ")), false, null))
				.get(30, TimeUnit.SECONDS);
		}
		double perPush = seconds(lineStart) / lineIds.size();
		long mailStart = System.nanoTime();
		for (String to : emails) {
			MimeMessage message = mailSender.createMimeMessage();
			var mail = new MimeMessageHelper(message, "UTF-8");
			mail.setFrom("notices@tsutawaru.local");
			mail.setTo(to);
			mail.setSubject("防災訓練のお知らせ");
			mail.setText("本文");
			mailSender.send(message);
		}
		double perMail = seconds(mailStart) / emails.size();
		print("naive sample: %,d pushes at %.2f ms each, %,d mails at %.2f ms each", lineIds.size(), perPush * 1000,
				emails.size(), perMail * 1000);
		return perPush * audience.line() + perMail * audience.email();
	}

	private LineCount lineRecipients(String path) {
		List<LoggedRequest> requests = line.findAll(postRequestedFor(urlEqualTo(path)));
		Set<String> unique = new HashSet<>();
		long total = 0;
		for (LoggedRequest request : requests) {
			JsonNode to = JSON.readTree(request.getBodyAsString()).get("to");
			for (JsonNode id : to) {
				unique.add(id.asString());
				total++;
			}
		}
		return new LineCount(requests.size(), unique.size(), total - unique.size());
	}

	record LineCount(long requests, long unique, long duplicates) {
	}

	/**
	 * Escalation (issue 18): a LINE alert to everyone that asks for a safety answer, a
	 * tenth of the residents answered; once its wait is over, the time from "due" until
	 * every escalation batch is planned and queued (target ≤ 30 s for 100,000 unanswered
	 * residents: {@code -Dtsutawaru.benchmark.subscribers=120000} gives about 110,000),
	 * then until they are sent.
	 */
	@Test
	@Order(5)
	void escalatesAHundredThousandUnansweredResidents(@Autowired ApplicationContext context) {
		NoticeView notice = notices.create(
				draft("避難指示（安否確認）", Severity.EMERGENCY, Set.of(Channel.LINE), "all").asking(Confirmation.SAFETY, 30),
				KIKI);
		await().atMost(Duration.ofMinutes(15))
			.pollInterval(Duration.ofMillis(200))
			.until(() -> notices.find(notice.id()).state().ordinal() >= NoticeState.SENT.ordinal());
		int answered = jdbc
			.sql("INSERT INTO safety_answers (notice_id, subscriber_id, answer, channel, answered_at) "
					+ "SELECT ?, id, 'safe', 'line', ? FROM subscribers WHERE MOD(id, 10) = 0")
			.params(notice.id(), OffsetDateTime.now())
			.update();
		sink.reset();

		long start = System.nanoTime();
		context.getBean(Escalations.class).escalateDue(Instant.now().plus(Duration.ofMinutes(31)));
		double queued = seconds(start);
		long[] found = jdbc
			.sql("SELECT line, email, no_other_channel, CASE WHEN done_at IS NULL THEN 0 ELSE 1 END "
					+ "FROM notice_escalations WHERE notice_id = ?")
			.param(notice.id())
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4) })
			.single();
		long[] batches = jdbc
			.sql("SELECT COUNT(*), COALESCE(SUM(planned), 0), COUNT(CASE WHEN queued THEN 1 END) FROM delivery_batches "
					+ "WHERE notice_id = ? AND escalation")
			.param(notice.id())
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2), rs.getLong(3) })
			.single();
		long unanswered = found[0] + found[1] + found[2];
		print("escalation: %,d unanswered residents (%,d answered) planned and queued in %.1f s: %,d batches, %,d "
				+ "e-mails, %,d LINE, %,d with no other channel", unanswered, answered, queued, batches[0], found[1],
				found[0], found[2]);
		await().atMost(Duration.ofMinutes(15))
			.pollInterval(Duration.ofMillis(200))
			.until(() -> sink.recipients() >= found[1]);
		print("escalation: the %,d e-mails sent %.1f s after due (%,d duplicates)", sink.recipients(), seconds(start),
				sink.duplicates());
		assertThat(found[3]).as("finished").isOne();
		assertThat(batches[2]).as("every batch queued").isEqualTo(batches[0]);
		assertThat(batches[1]).isEqualTo(found[0] + found[1]);
		assertThat(sink.duplicates()).isZero();
	}

	private static NoticeDraft draft(String title, Severity severity, Set<Channel> channels, String rule) {
		return new NoticeDraft(title, "本文です。詳しくは市のホームページをご覧ください。", null, severity, null, "防災", channels, rule, Map.of(),
				List.of(), List.of(), null, null, false);
	}

	/**
	 * The 1-, 5- and 15-minute load averages, printed next to every figure: the machine
	 * is shared.
	 */
	private static String loadAverage() {
		try {
			String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
			return parts[0] + " " + parts[1] + " " + parts[2];
		}
		catch (IOException ex) {
			return "unknown";
		}
	}

	private static long median(List<Long> values) {
		return values.stream().sorted().toList().get(values.size() / 2);
	}

	private static double seconds(long startNanos) {
		return (System.nanoTime() - startNanos) / 1e9;
	}

	private static long millis(long startNanos) {
		return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
	}

	private static void print(String format, Object... args) {
		String line = String.format(format, args) + " [" + database + ", load average " + loadAverage() + "]";
		System.out.println("[benchmark] " + line);
		report.add(line);
	}

}
