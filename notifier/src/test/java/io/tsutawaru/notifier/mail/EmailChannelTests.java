package io.tsutawaru.notifier.mail;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import io.tsutawaru.notifier.Channel;
import io.tsutawaru.notifier.Confirmation;
import io.tsutawaru.notifier.NoticeKind;
import io.tsutawaru.notifier.SafetyAnswer;
import io.tsutawaru.notifier.safety.AnswerLinks;
import io.tsutawaru.notifier.LocalServers;
import io.tsutawaru.notifier.NoticeDraft;
import io.tsutawaru.notifier.NoticeView;
import io.tsutawaru.notifier.Notices;
import io.tsutawaru.notifier.Severity;
import io.tsutawaru.notifier.StaffMember;
import io.tsutawaru.notifier.TestSmtp;
import io.tsutawaru.notifier.delivery.DeliveryBatch;
import io.tsutawaru.notifier.delivery.DeliveryOutcome;
import io.tsutawaru.notifier.PublishedNotices;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
class EmailChannelTests extends LocalServers {

	static final GreenMail smtp = TestSmtp.server();

	/** A link of the mail with its label: the label, the token, the language. */
	private static final Pattern ANSWER_LINK = Pattern
		.compile("(?m)^([^:\\n]+): http://[^/]+/answers/(v1\\.[^?\\s]+)\\?lang=([a-z-]+)$");

	@Autowired
	EmailChannel channel;

	@Autowired
	AnswerLinks answerLinks;

	@Autowired
	Notices notices;

	@Autowired
	PublishedNotices documents;

	@Autowired
	JdbcClient jdbc;

	@Test
	void mailsEveryAddressOfABatchExactlyOnceOverSeveralConnections() throws Exception {
		List<String> addresses = addresses(130);
		assertThat(channel.slices(addresses)).hasSize(4);
		DeliveryBatch batch = batch(addresses);

		DeliveryOutcome outcome = channel.deliver(batch, documents.revision(batch.noticeId(), 1));

		assertThat(outcome).isEqualTo(DeliveryOutcome.Sent.all(130));
		assertThat(receivedBy(addresses)).hasSize(130).containsExactlyInAnyOrderElementsOf(addresses);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM email_deliveries WHERE batch_id = ? AND state = 'SENT'")
			.param(batch.id())
			.query(Long.class)
			.single()).isEqualTo(130);
		// The shared part is rendered once per batch; each resident's message has its own
		// id and To header.
		List<MimeMessage> received = new ArrayList<>();
		for (MimeMessage message : smtp.getReceivedMessages()) {
			if (addresses.contains(message.getAllRecipients()[0].toString())) {
				received.add(message);
			}
		}
		assertThat(received).extracting(MimeMessage::getMessageID).doesNotContainNull().doesNotHaveDuplicates();
		assertThat(received).allSatisfy(message -> {
			assertThat(message.getHeader("To")).hasSize(1);
			assertThat(message.getFrom()[0].toString()).isEqualTo("notices@tsutawaru.local");
			assertThat(message.getSubject()).isEqualTo("断水のお知らせ");
			assertThat(message.getSentDate()).isNotNull();
			assertThat((String) message.getContent()).startsWith("本日午後、断水します。");
		});
	}

	@Test
	void aNoticeThatAsksCarriesEachResidentsOwnSignedAnswerLinksInTheirLanguage() throws Exception {
		List<String> addresses = addresses(30);
		DeliveryBatch batch = batch(addresses, Confirmation.SAFETY, "en");

		assertThat(channel.deliver(batch, documents.revision(batch.noticeId(), 1)))
			.isEqualTo(DeliveryOutcome.Sent.all(30));

		for (DeliveryBatch.Address recipient : batch.recipients()) {
			String text = textTo(recipient.value());
			assertThat(text).startsWith("本日午後、断水します。")
				.contains("Please tell us whether you are safe")
				.contains("/notices/" + batch.noticeId() + "?lang=en");
			Map<SafetyAnswer, AnswerLinks.Answer> linked = new java.util.EnumMap<>(SafetyAnswer.class);
			Matcher link = ANSWER_LINK.matcher(text);
			while (link.find()) {
				assertThat(link.group(3)).isEqualTo("en");
				AnswerLinks.Answer answer = answerLinks.read(link.group(2)).orElseThrow();
				linked.put(answer.answer(), answer);
			}
			assertThat(linked).containsOnlyKeys(SafetyAnswer.SAFE, SafetyAnswer.HELP);
			assertThat(linked.values()).allSatisfy(answer -> {
				assertThat(answer.noticeId()).isEqualTo(batch.noticeId());
				assertThat(answer.subscriberId()).isEqualTo(recipient.subscriberId());
			});
			assertThat(text).contains("I am safe: ").contains("I need help: ");
		}
	}

	@Test
	void aNoticeThatAsksNothingCarriesNoAnswerLink() throws Exception {
		List<String> addresses = addresses(3);
		DeliveryBatch batch = batch(addresses, Confirmation.NONE, "ja");

		channel.deliver(batch, documents.revision(batch.noticeId(), 1));

		for (String address : addresses) {
			assertThat(textTo(address)).startsWith("本日午後、断水します。").doesNotContain("/answers/");
		}
	}

	@Test
	void aRetriedBatchMailsOnlyTheAddressesTheLedgerHasNoAnswerFor() throws Exception {
		List<String> addresses = addresses(60);
		DeliveryBatch batch = batch(addresses);
		List<String> answered = addresses.subList(0, 30);
		for (String address : answered) {
			boolean refused = address.equals(answered.get(0));
			jdbc.sql("INSERT INTO email_deliveries (batch_id, address, state, reason, at) VALUES (?, ?, ?, ?, ?)")
				.params(batch.id(), address, refused ? EmailLedger.FAILED : EmailLedger.SENT,
						refused ? "550 no such user" : null, Instant.now().atOffset(ZoneOffset.UTC))
				.update();
		}

		DeliveryOutcome outcome = channel.deliver(batch, documents.revision(batch.noticeId(), 1));

		assertThat(outcome).isEqualTo(new DeliveryOutcome.Sent(59, Map.of(answered.get(0), "refused earlier")));
		assertThat(receivedBy(addresses)).containsExactlyInAnyOrderElementsOf(addresses.subList(30, 60));
	}

	@Test
	void givesSmallBatchesFewerConnections() {
		assertThat(channel.slices(addresses(24))).hasSize(1);
		assertThat(channel.slices(addresses(50))).hasSize(2).allSatisfy(slice -> assertThat(slice).hasSize(25));
		assertThat(channel.slices(addresses(1000))).hasSize(4).allSatisfy(slice -> assertThat(slice).hasSize(250));
		assertThat(channel.slices(List.of())).isEmpty();
	}

	/**
	 * Addresses at a domain of this test only: other tests' mails in the shared server
	 * are not counted.
	 */
	private static List<String> addresses(int count) {
		String domain = UUID.randomUUID().toString().substring(0, 8) + ".example.jp";
		List<String> addresses = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			addresses.add("resident-" + i + "@" + domain);
		}
		return addresses;
	}

	/**
	 * A batch of a real notice (whose own plan reaches nobody), as the planner would have
	 * written it.
	 */
	private DeliveryBatch batch(List<String> addresses) {
		return batch(addresses, Confirmation.NONE, "ja");
	}

	private DeliveryBatch batch(List<String> addresses, Confirmation confirmation, String language) {
		NoticeView notice = notices.create(new NoticeDraft("断水のお知らせ", "本日午後、断水します。", null, Severity.INFO, null, "水道",
				Set.of(Channel.EMAIL), "area = \"" + freshArea() + "\"", Map.of(), List.of(), List.of(), null, null,
				false, NoticeKind.GENERAL, confirmation, null), new StaffMember("kiki", Set.of("EMERGENCY")));
		String retryKey = UUID.randomUUID().toString();
		var key = new GeneratedKeyHolder();
		jdbc.sql(
				"INSERT INTO delivery_batches (notice_id, revision, channel, language, emergency, recipients, planned, "
						+ "state, retry_key, planned_at) VALUES (?, 1, 'email', 'ja', FALSE, '', ?, 'SENT', ?, ?)")
			.params(notice.id(), addresses.size(), retryKey, Instant.now().atOffset(ZoneOffset.UTC))
			.update(key, "id");
		List<DeliveryBatch.Address> recipients = new ArrayList<>();
		for (String address : addresses) {
			recipients.add(new DeliveryBatch.Address(1000 + recipients.size(), address));
		}
		return new DeliveryBatch(key.getKey().longValue(), notice.id(), 1, Channel.EMAIL, language, false, recipients,
				retryKey);
	}

	private static String textTo(String address) throws Exception {
		for (MimeMessage message : smtp.getReceivedMessages()) {
			if (address.equals(message.getAllRecipients()[0].toString())) {
				return (String) message.getContent();
			}
		}
		throw new AssertionError("No mail to " + address);
	}

	private static List<String> receivedBy(List<String> addresses) throws Exception {
		List<String> received = new ArrayList<>();
		for (MimeMessage message : smtp.getReceivedMessages()) {
			String to = message.getAllRecipients()[0].toString();
			if (addresses.contains(to)) {
				received.add(to);
			}
		}
		return received;
	}

}
