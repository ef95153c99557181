package io.tsutawaru.app.safety;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.tsutawaru.app.browser.EmergencyStaffApi;
import io.tsutawaru.app.embedded.EmbeddedMailbox;
import io.tsutawaru.notifier.Subscribers;

import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What the tests of the e-mail's answer links do as residents and staff do: a resident
 * follows on LINE and confirms an address through the confirmation mail, staff send an
 * alert that asks whether residents are safe by e-mail, and the links are read from the
 * mail the embedded SMTP server (GreenMail) received.
 */
public final class MailedAnswers {

	/** A link of the mail: its label and its address. */
	private static final Pattern LINK = Pattern.compile("(?m)^(.+?): (http\\S+/answers/\\S+)$");

	private final TestRestTemplate http;

	private final EmbeddedMailbox mailbox;

	private final Subscribers subscribers;

	public MailedAnswers(TestRestTemplate http, EmbeddedMailbox mailbox, Subscribers subscribers) {
		this.http = http;
		this.mailbox = mailbox;
		this.subscribers = subscribers;
	}

	/** A resident with a confirmed address. */
	public record Resident(long id, String address) {
	}

	/** A resident who followed on LINE and confirmed an address through the mail. */
	public Resident residentWithMail() {
		String name = "メール " + UUID.randomUUID().toString().substring(0, 8);
		HttpHeaders json = new HttpHeaders();
		json.setContentType(MediaType.APPLICATION_JSON);
		String userId = (String) http
			.postForEntity("/sandbox/chat/events", new HttpEntity<>(Map.of("name", name, "type", "follow"), json),
					Map.class)
			.getBody()
			.get("userId");
		String address = "resident-" + UUID.randomUUID().toString().substring(0, 8) + "@example.jp";
		subscribers.requestEmail(userId, address);
		await().until(() -> !mailbox.page(address, 0, 5).messages().isEmpty());
		Matcher confirm = Pattern.compile("/subscribers/confirm\\?token=(\\S+)")
			.matcher(mailbox.page(address, 0, 5).messages().get(0).text());
		assertThat(confirm.find()).isTrue();
		assertThat(http.getForEntity("/subscribers/confirm?token=" + confirm.group(1), String.class)
			.getStatusCode()
			.value()).isEqualTo(200);
		return new Resident(subscribers.findByLineUserId(userId).orElseThrow().id(), address);
	}

	/** Sends an alert by e-mail that asks whether residents are safe; its id. */
	public long sendSafetyAlert(String title) {
		ResponseEntity<Map> created = http.postForEntity("/api/notices", new HttpEntity<>("""
				{"title":"%s","body":"直ちに避難してください。","severity":"emergency","status":"exercise",
				 "kind":"evacuation-order","channels":["email"],"confirmation":"safety"}
				""".formatted(title), EmergencyStaffApi.headers()), Map.class);
		assertThat(created.getStatusCode().value()).isEqualTo(201);
		return ((Number) created.getBody().get("id")).longValue();
	}

	/** The answer links of the alert's mail to the address, by their label. */
	public Map<String, URI> linksMailedTo(String address, String title) {
		await().until(() -> mailbox.page(address, 0, 10)
			.messages()
			.stream()
			.anyMatch(message -> message.subject().contains(title)));
		String text = mailbox.page(address, 0, 10)
			.messages()
			.stream()
			.filter(message -> message.subject().contains(title))
			.findFirst()
			.orElseThrow()
			.text();
		Map<String, URI> found = new LinkedHashMap<>();
		Matcher link = LINK.matcher(text);
		while (link.find()) {
			found.put(link.group(1).strip(), URI.create(link.group(2)));
		}
		return found;
	}

}
