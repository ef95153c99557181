package io.tsutawaru.app.reliability.input;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.tsutawaru.app.ServiceTest;
import io.tsutawaru.app.embedded.EmbeddedMailbox;
import io.tsutawaru.app.reliability.input.UnicodeRanges.Range;
import io.tsutawaru.app.sandbox.gateway.GatewayLog;
import io.tsutawaru.notifier.Notices;
import io.tsutawaru.text.DocumentText;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 15, item 8: notices whose texts are drawn from every range of Unicode (C0 and C1
 * controls, surrogates without their pair, noncharacters, private use, the whole BMP, the
 * supplementary planes, XML's markup), sent through the REST API and the console's
 * compose form. Each is either refused with a 400 (a problem naming the field, or the
 * form again with the problem) because it holds what no document can carry, or accepted,
 * and then every document it produced is read: the CAP document, the CAP and website Atom
 * feeds and the L-Alert EDXL document (as the gateway received it) with an XML parser,
 * the website page, the radio's announcement and the mail, each without an unfit
 * character and with the notice's text. Seeded: {@code -Dfuzz.seed=} and
 * {@code -Dfuzz.count=} repeat or widen a run; a failure names the seed and the cases.
 */
class NoticeTextFuzzTests extends ServiceTest {

	private static final long SEED = Long.getLong("fuzz.seed", 20_261_205L);

	private static final int COUNT = Integer.getInteger("fuzz.count", 100);

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final Pattern NOTICE_PAGE = Pattern.compile("/console/notices/(\\d+)$");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/**
	 * Reaches one made-up resident of this run by e-mail and, in all likelihood, no one
	 * else.
	 */
	private static final String RARE_RESIDENTS = "area = \"西部\" and age = \"10代以下\" and language = \"easy-ja\" and "
			+ "\"防災\" in interests and \"子育て\" in interests and \"健康\" in interests and \"イベント\" in interests "
			+ "and \"ごみ\" in interests and \"税\" in interests";

	@LocalServerPort
	int port;

	@Autowired
	GatewayLog gateways;

	@Autowired
	EmbeddedMailbox mailbox;

	@Autowired
	Notices notices;

	@Autowired
	JdbcClient jdbc;

	private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

	@Test
	void everyNoticeIsRefusedOrYieldsWellFormedDocumentsCarryingItsText() {
		String address = resident();
		NoticeDocuments documents = new NoticeDocuments(port, gateways, mailbox);
		List<FuzzNotice> cases = generate();
		String marker = "fuzz" + SEED + "-" + UUID.randomUUID().toString().substring(0, 6) + "-";
		List<String> failures = new ArrayList<>();
		Map<Long, FuzzNotice> accepted = new LinkedHashMap<>();
		int refused = 0;
		for (FuzzNotice fuzz : cases) {
			FuzzNotice sent = new FuzzNotice(fuzz.number(), fuzz.viaConsole(), fuzz.title(),
					marker + fuzz.number() + " " + fuzz.body(), fuzz.titleEn(), fuzz.bodyEn(), fuzz.area());
			List<String> refusals = sent.refusals();
			Long id = sent.viaConsole() ? viaConsole(sent, failures) : viaApi(sent, failures);
			if (id == null) {
				refused++;
				if (refusals.isEmpty()) {
					failures.add("refused, though fit: " + sent);
				}
				continue;
			}
			if (!refusals.isEmpty()) {
				failures.add("accepted, though " + refusals + ": " + sent);
			}
			accepted.put(id, sent);
			wellFormed("CAP feed", () -> NoticeDocuments.parse(documents.get("/cap/feed.atom")), failures);
			wellFormed("website feed", () -> NoticeDocuments.parse(documents.get("/notices/feed.atom")), failures);
		}
		accepted.forEach((id, fuzz) -> checkDocuments(documents, id, fuzz, address, failures));
		long stored = notices.recent(200).stream().filter(notice -> notice.draft().body().startsWith(marker)).count();

		System.out.printf("Notice text fuzz, seed %d: %d notices, %d refused, %d accepted and their documents read%n",
				SEED, cases.size(), refused, accepted.size());
		assertThat(failures).as("seed %d", SEED).isEmpty();
		assertThat(stored).as("notices stored: only the accepted ones").isEqualTo(accepted.size());
		assertThat(refused).as("the run refused some notices").isGreaterThan(COUNT / 10);
		assertThat(accepted).as("the run accepted some notices").hasSizeGreaterThan(COUNT / 10);
	}

	private List<FuzzNotice> generate() {
		Random random = new Random(SEED);
		UnicodeRanges unicode = new UnicodeRanges(random);
		List<Range> fit = List.of(Range.values()).stream().filter(range -> range.fit).toList();
		List<FuzzNotice> cases = new ArrayList<>();
		for (int i = 0; i < COUNT; i++) {
			List<Range> ranges = random.nextBoolean() ? fit : List.of(Range.values());
			boolean english = random.nextInt(3) == 0;
			boolean console = i % 2 == 1;
			// The console offers the city's areas as check boxes; only the API takes an
			// area name as text.
			boolean area = !console && random.nextInt(3) == 0;
			cases.add(new FuzzNotice(i, console, unicode.text(ranges, 8), unicode.text(ranges, 12),
					english ? unicode.text(ranges, 6) : null, english ? unicode.text(ranges, 6) : null,
					area ? unicode.text(ranges, 3) : null));
		}
		return cases;
	}

	/**
	 * Emergency staff post the notice; it goes out at once. Returns its id, or null when
	 * refused as it should be.
	 */
	private Long viaApi(FuzzNotice fuzz, List<String> failures) {
		HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/notices"))
			.header("Authorization", basic("emergency"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(fuzz.json(RARE_RESIDENTS), StandardCharsets.UTF_8)));
		if (response.statusCode() == 201) {
			String location = response.headers().firstValue("Location").orElseThrow();
			return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		}
		if (response.statusCode() != 400 || !response.body().contains("\"title\":\"Invalid notice\"")) {
			failures.add(response.statusCode() + " " + response.body() + " for " + fuzz);
		}
		return null;
	}

	/**
	 * PR staff write the notice in the compose form; an administrator approves it through
	 * the API.
	 */
	private Long viaConsole(FuzzNotice fuzz, List<String> failures) {
		HttpResponse<String> form = send(
				HttpRequest.newBuilder(uri("/console/compose")).header("Authorization", basic("pr")));
		Matcher csrf = CSRF.matcher(form.body());
		assertThat(csrf.find()).as("the compose form's CSRF token").isTrue();
		Map<String, List<String>> fields = new LinkedHashMap<>();
		fields.put("_csrf", List.of(HtmlUtils.htmlUnescape(csrf.group(1))));
		fields.put("title", List.of(fuzz.title()));
		fields.put("body", List.of(fuzz.body()));
		fields.put("titleEn", List.of(fuzz.titleEn() == null ? "" : fuzz.titleEn()));
		fields.put("bodyEn", List.of(fuzz.bodyEn() == null ? "" : fuzz.bodyEn()));
		fields.put("channels", List.of("website", "cap", "lalert", "radio", "email"));
		fields.put("segmentRule", List.of(RARE_RESIDENTS));
		fields.put("when", List.of("now"));
		String body = fields.entrySet()
			.stream()
			.flatMap(field -> field.getValue().stream().map(value -> encode(field.getKey()) + "=" + encode(value)))
			.collect(Collectors.joining("&"));
		HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/console/compose"))
			.header("Authorization", basic("pr"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
		if (response.statusCode() == 302) {
			Matcher page = NOTICE_PAGE.matcher(response.headers().firstValue("Location").orElse(""));
			assertThat(page.find()).as("redirected to the notice").isTrue();
			long id = Long.parseLong(page.group(1));
			HttpResponse<String> approved = send(HttpRequest.newBuilder(uri("/api/notices/" + id + "/approve"))
				.header("Authorization", basic("admin"))
				.POST(HttpRequest.BodyPublishers.noBody()));
			assertThat(approved.statusCode()).as("approval of %s", fuzz).isEqualTo(200);
			return id;
		}
		if (response.statusCode() != 200 || !response.body().contains("id=\"problem\"")) {
			failures.add(response.statusCode() + " without the form's problem for " + fuzz);
		}
		return null;
	}

	private void checkDocuments(NoticeDocuments documents, long id, FuzzNotice fuzz, String address,
			List<String> failures) {
		String title = fuzz.received(fuzz.title());
		String body = fuzz.received(fuzz.body());
		wellFormed("CAP document of " + fuzz, () -> {
			var cap = NoticeDocuments.parse(documents.get("/cap/" + id + ".xml"));
			assertThat(cap.all("headline")).first().isEqualTo(FuzzNotice.xmlText(title));
			assertThat(cap.all("description")).first().isEqualTo(FuzzNotice.xmlText(body));
		}, failures);
		wellFormed("website page of " + fuzz, () -> {
			String page = documents.get("/notices/" + id);
			assertThat(DocumentText.firstUnfit(page)).isEmpty();
			assertThat(page).contains(HtmlUtils.htmlEscape(title, "UTF-8"));
		}, failures);
		wellFormed("L-Alert document of " + fuzz, () -> {
			String received = await().atMost(Duration.ofMinutes(1))
				.until(() -> documents.lAlert(id), found -> found.isPresent())
				.orElseThrow();
			var lAlert = NoticeDocuments.parse(received);
			assertThat(lAlert.all("contentDescription")).containsExactly(FuzzNotice.xmlText(title));
			assertThat(lAlert.all("Description")).containsExactly(FuzzNotice.xmlText(body));
		}, failures);
		wellFormed("radio announcement of " + fuzz, () -> {
			String received = await().atMost(Duration.ofMinutes(1))
				.until(() -> documents.radio(id), found -> found.isPresent())
				.orElseThrow();
			String script = JSON.readTree(received).get("text").asString();
			assertThat(DocumentText.firstUnfit(script)).isEmpty();
		}, failures);
		wellFormed("mail of " + fuzz, () -> {
			var mail = await().atMost(Duration.ofMinutes(1))
				.until(() -> documents.mail(id, address), found -> found.isPresent())
				.orElseThrow();
			assertThat(DocumentText.firstUnfit(mail.subject())).isEmpty();
			assertThat(DocumentText.firstUnfit(mail.text())).isEmpty();
			assertThat(mail.subject().replaceAll("\\s", "")).isEqualTo(title.replaceAll("\\s", ""));
			// Mail bodies end lines as mail does (quoted-printable makes every line end
			// CRLF).
			assertThat(FuzzNotice.xmlText(mail.text())).contains(FuzzNotice.xmlText(body));
		}, failures);
	}

	private static void wellFormed(String what, Runnable check, List<String> failures) {
		try {
			check.run();
		}
		catch (AssertionError | RuntimeException ex) {
			failures.add(what + ": " + ex.getMessage());
		}
	}

	/**
	 * A resident with every interest, in an area, age band and language few others have
	 * all of.
	 */
	private String resident() {
		String address = "fuzz-" + UUID.randomUUID().toString().substring(0, 8) + "@example.jp";
		var now = Instant.now().atOffset(ZoneOffset.UTC);
		jdbc.sql(
				"INSERT INTO subscribers (email, email_confirmed, area, age_band, language, active, created_at, updated_at) "
						+ "VALUES (?, TRUE, '西部', '10代以下', 'easy-ja', TRUE, ?, ?)")
			.params(address, now, now)
			.update();
		long id = jdbc.sql("SELECT id FROM subscribers WHERE email = ?").param(address).query(Long.class).single();
		for (String interest : List.of("防災", "子育て", "健康", "イベント", "ごみ", "税")) {
			jdbc.sql("INSERT INTO subscriber_interests (subscriber_id, interest) VALUES (?, ?)")
				.params(id, interest)
				.update();
		}
		return address;
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + port + path);
	}

	private static String basic(String user) {
		return "Basic " + Base64.getEncoder()
			.encodeToString((user + ":" + user + "-password").getBytes(StandardCharsets.UTF_8));
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (Exception ex) {
			throw new AssertionError(ex);
		}
	}

}
