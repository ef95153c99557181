package io.tsutawaru.notifier.mail;

import java.io.OutputStream;
import java.net.URI;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.URLName;
import org.junit.jupiter.api.Test;

import io.tsutawaru.notifier.AlertStatus;
import io.tsutawaru.notifier.Channel;
import io.tsutawaru.notifier.NoticeDraft;
import io.tsutawaru.notifier.NotifierProperties;
import io.tsutawaru.notifier.PublishedNotice;
import io.tsutawaru.notifier.Severity;
import io.tsutawaru.notifier.delivery.DeliveryBatch;
import io.tsutawaru.notifier.delivery.Throttle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The order that bounds the duplicates after a crash: a message is ended (its final ".",
 * where the server accepts it) only once the answers for the earlier messages of the
 * connection are written to the ledger.
 */
class SmtpSessionTests {

	private static final List<String> ADDRESSES = List.of("a@example.jp", "b@example.jp", "c@example.jp",
			"d@example.jp");

	private final Session session = Session.getInstance(new Properties());

	/** What happened, in order: "content x", "accepted x", "handed x", "written x". */
	private final List<String> events = new CopyOnWriteArrayList<>();

	/** Writes take a while, on another thread, as the database's do. */
	private static final Executor SLOW_WRITES = CompletableFuture.delayedExecutor(30, TimeUnit.MILLISECONDS);

	@Test
	void endsEachMessageOnlyOnceTheEarlierAnswersAreWrittenAndReturnsOnlyOnceAllAre() throws Exception {
		SmtpSession.Ledger ledger = (batchId, entries) -> {
			String addresses = addresses(entries);
			events.add("handed " + addresses);
			return CompletableFuture.runAsync(() -> events.add("written " + addresses), SLOW_WRITES);
		};

		new SmtpSession(7, mails(), ledger, new Throttle(100_000), 1, new ConcurrentHashMap<>()).send(server(),
				recipients());

		for (int i = 1; i < ADDRESSES.size(); i++) {
			assertThat(events.indexOf("written " + ADDRESSES.get(i - 1)))
				.as("the answer for %s is written before %s is accepted", ADDRESSES.get(i - 1), ADDRESSES.get(i))
				.isNotNegative()
				.isLessThan(events.indexOf("accepted " + ADDRESSES.get(i)));
		}
		assertThat(events).endsWith("written " + ADDRESSES.getLast());
	}

	@Test
	void aFailedWriteLeavesTheNextMessageUnfinishedAndEndsTheSession() throws Exception {
		SmtpSession.Ledger ledger = (batchId, entries) -> {
			events.add("handed " + addresses(entries));
			return CompletableFuture.failedFuture(new IllegalStateException("database gone"));
		};
		var session = new SmtpSession(7, mails(), ledger, new Throttle(100_000), 1, new ConcurrentHashMap<>());

		assertThatThrownBy(() -> session.send(server(), recipients())).isInstanceOf(MessagingException.class)
			.hasRootCauseMessage("database gone");
		assertThat(events).containsExactly("content a@example.jp", "accepted a@example.jp", "handed a@example.jp",
				"content b@example.jp");
	}

	/**
	 * A transport that writes each message's content (MAIL, RCPT and DATA done) and
	 * counts it accepted when the content is written and the message could be ended.
	 */
	private Transport server() {
		return new Transport(session, new URLName("smtp://127.0.0.1")) {

			@Override
			public void sendMessage(Message message, Address[] addresses) throws MessagingException {
				events.add("content " + addresses[0]);
				try {
					message.writeTo(OutputStream.nullOutputStream());
				}
				catch (java.io.IOException ex) {
					throw new MessagingException("IOException while sending message", ex);
				}
				events.add("accepted " + addresses[0]);
			}

		};
	}

	private NoticeMails mails() throws MessagingException {
		Instant now = Instant.now();
		var draft = new NoticeDraft("避難指示", "直ちに避難してください。", null, Severity.EMERGENCY, AlertStatus.ACTUAL, "防災",
				EnumSet.of(Channel.EMAIL), "all", Map.of(), List.of(), List.of(), null, null, false);
		var settings = new NotifierProperties.Mail("notices@city.example.jp", 1000, "unsubscribe@city.example.jp", 12,
				4, 1);
		return new NoticeMails(session, new PublishedNotice(1, 1, PublishedNotice.MessageType.ALERT, draft, now, now),
				"ja", URI.create("https://city.example.jp/notices/1"), settings);
	}

	private static List<DeliveryBatch.Address> recipients() {
		return ADDRESSES.stream().map(address -> new DeliveryBatch.Address(0, address)).toList();
	}

	private static String addresses(List<EmailLedger.Entry> entries) {
		return String.join(",", entries.stream().map(EmailLedger.Entry::address).toList());
	}

}
