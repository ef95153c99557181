package io.tsutawaru.app.console;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.tsutawaru.app.ServiceTest;
import io.tsutawaru.app.embedded.EmbeddedMailbox;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The console shows times on the city's clock (Asia/Tokyo by default) on every page, the
 * embedded mailbox and the sandbox's records included, while the JVM runs in UTC (root
 * pom): a page that formatted a time in the JVM's zone would be nine hours off.
 */
class CityTimeOnTheConsoleTests extends ServiceTest {

	private static final ZoneId CITY = ZoneId.of("Asia/Tokyo");

	@LocalServerPort
	int port;

	@Autowired
	TestRestTemplate http;

	@Autowired
	JavaMailSender mailSender;

	@Autowired
	EmbeddedMailbox mailbox;

	@Test
	void theMailboxShowsWhenAMailArrivedOnTheCitysClock() {
		String subject = "受信時刻の確認 " + UUID.randomUUID();
		Instant before = Instant.now().minusSeconds(1);
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom("city@example.jp");
		message.setTo("resident@example.jp");
		message.setSubject(subject);
		message.setText("本文");
		mailSender.send(message);
		await().until(() -> mailbox.newest(200).stream().anyMatch(mail -> mail.subject().equals(subject)));
		Instant after = Instant.now().plusSeconds(1);

		ConsoleSession session = new ConsoleSession(port);
		session.signIn("admin", "admin-password");
		String page = session.get("/console/mailbox").body();
		Matcher shown = Pattern
			.compile(Pattern.quote(subject) + "</strong>.*?<dd class=\"received\">([^<]+)</dd>", Pattern.DOTALL)
			.matcher(page);
		assertThat(shown.find()).as("the mail on the mailbox page").isTrue();
		Instant received = LocalDateTime.parse(shown.group(1), DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"))
			.atZone(CITY)
			.toInstant();
		assertThat(received).isBetween(before, after);
	}

	@Test
	void theSandboxShowsWhenAGatewayDocumentArrivedOnTheCitysClock() {
		String marker = "sandbox-time-" + UUID.randomUUID();
		Instant before = Instant.now().minusSeconds(1);
		http.postForEntity("/sandbox/gateways/radio", marker, String.class);
		Instant after = Instant.now().plusSeconds(1);

		ConsoleSession session = new ConsoleSession(port);
		session.signIn("admin", "admin-password");
		String page = session.get("/console/sandbox").body();
		Matcher shown = Pattern
			.compile("<td>[^<]+</td>\\s*<td>([0-9:.]+)</td>(?:(?!</tr>).)*" + Pattern.quote(marker), Pattern.DOTALL)
			.matcher(page);
		assertThat(shown.find()).as("the document on the sandbox page").isTrue();
		LocalTime time = LocalTime.parse(shown.group(1));
		Instant received = after.atZone(CITY).with(time).toInstant();
		if (received.isAfter(after)) {
			received = received.minus(Duration.ofDays(1));
		}
		assertThat(received).isBetween(before, after);
	}

	/**
	 * Thymeleaf's {@code #temporals} formats an instant in the JVM's zone (that is how
	 * the mailbox and sandbox pages came to show UTC), and a zone written into a template
	 * cannot be configured: every template shows times with {@code #cityTime}.
	 */
	@Test
	void noTemplateFormatsATimeOutsideTheCitysClock() throws IOException {
		Path templates = Path.of("src/main/resources/templates");
		List<String> offending;
		try (Stream<Path> files = Files.walk(templates)) {
			offending = files.filter(file -> file.toString().endsWith(".html")).flatMap(file -> {
				try {
					return Files.readAllLines(file)
						.stream()
						.filter(line -> Stream
							.of("#temporals", "#dates", "#calendars", "CITY_TIME", "Asia/Tokyo", "atZone(")
							.anyMatch(line::contains))
						.map(line -> templates.relativize(file) + ": " + line.strip());
				}
				catch (IOException ex) {
					throw new java.io.UncheckedIOException(ex);
				}
			}).toList();
		}
		assertThat(offending).isEmpty();
	}

}
