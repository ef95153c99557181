package io.tsutawaru.notifier.mail;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import io.tsutawaru.notifier.Channel;
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

	@Autowired
	EmailChannel channel;

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
		NoticeView notice = notices.create(
				new NoticeDraft("断水のお知らせ", "本日午後、断水します。", null, Severity.INFO, null, "水道", Set.of(Channel.EMAIL),
						"area = \"" + freshArea() + "\"", Map.of(), List.of(), List.of(), null, null, false),
				new StaffMember("kiki", Set.of("EMERGENCY")));
		String retryKey = UUID.randomUUID().toString();
		var key = new GeneratedKeyHolder();
		jdbc.sql(
				"INSERT INTO delivery_batches (notice_id, revision, channel, language, emergency, recipients, planned, "
						+ "state, retry_key, planned_at) VALUES (?, 1, 'email', 'ja', FALSE, '', ?, 'SENT', ?, ?)")
			.params(notice.id(), addresses.size(), retryKey, Instant.now().atOffset(ZoneOffset.UTC))
			.update(key, "id");
		List<DeliveryBatch.Address> recipients = addresses.stream().map(a -> new DeliveryBatch.Address(0, a)).toList();
		return new DeliveryBatch(key.getKey().longValue(), notice.id(), 1, Channel.EMAIL, "ja", false, recipients,
				retryKey);
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
