package io.tsutawaru.notifier.mail;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;

import io.tsutawaru.notifier.delivery.DeliveryBatch;
import io.tsutawaru.notifier.delivery.Throttle;

/**
 * Part of a batch sent over one SMTP connection, one message per resident. The server's
 * answers are handed to the ledger every {@code ledgerBatch} messages (1 by default: each
 * at once) and whenever the session ends, also when it ends in an error, so a retry skips
 * everyone the server already answered for.
 * <p>
 * The ledger writes them in the background while the connection goes on with the next
 * message (MAIL, RCPT, DATA and the content); only before that message's final "." does
 * the connection wait until the answers handed in are written. A server accepts a message
 * at its final ".", so at any moment at most the answers handed in last are accepted and
 * not yet recorded: a crash of the whole process leaves those residents (at most
 * {@code ledgerBatch} per connection) to be mailed again when the batch is retried, as
 * when each answer was written before the next message began, and the connection no
 * longer sits idle while the database writes.
 */
final class SmtpSession {

	private final long batchId;

	private final NoticeMails mails;

	private final Ledger ledger;

	private final Throttle throttle;

	private final int ledgerBatch;

	private final Map<String, String> failed;

	private final List<EmailLedger.Entry> unrecorded = new ArrayList<>();

	/** The answers handed to the ledger last: written when it completes. */
	private CompletableFuture<Void> recording = CompletableFuture.completedFuture(null);

	SmtpSession(long batchId, NoticeMails mails, Ledger ledger, Throttle throttle, int ledgerBatch,
			Map<String, String> failed) {
		this.batchId = batchId;
		this.mails = mails;
		this.ledger = ledger;
		this.throttle = throttle;
		this.ledgerBatch = ledgerBatch;
		this.failed = failed;
	}

	/**
	 * Sends to every address over the connection; throws when the connection or the
	 * server fails as a whole.
	 */
	void send(Transport transport, List<DeliveryBatch.Address> addresses) throws MessagingException {
		boolean sent = false;
		try {
			for (DeliveryBatch.Address address : addresses) {
				throttle.acquire();
				sendOne(transport, address);
				if (unrecorded.size() >= ledgerBatch) {
					handOver();
				}
			}
			sent = true;
		}
		finally {
			handOver();
			if (sent) {
				awaitRecorded();
			}
			else {
				// The session failed already; its batch is retried only once what was
				// handed in is written, so
				// that the retry skips those residents. A failure to write them adds
				// nothing to the first failure.
				recording.exceptionally(ignored -> null).join();
			}
		}
	}

	private void sendOne(Transport transport, DeliveryBatch.Address recipient) throws MessagingException {
		String address = recipient.value();
		MimeMessage message = mails.to(recipient, this::awaitRecorded);
		try {
			transport.sendMessage(message, message.getAllRecipients());
			unrecorded.add(new EmailLedger.Entry(address, EmailLedger.SENT, null, Instant.now()));
		}
		catch (SendFailedException refused) {
			// The server refused this address (5xx): permanent for this address, the
			// batch goes on.
			if (refused.getInvalidAddresses() == null || refused.getInvalidAddresses().length == 0) {
				throw refused;
			}
			String reason = refused.getNextException() != null ? refused.getNextException().getMessage()
					: refused.getMessage();
			unrecorded.add(new EmailLedger.Entry(address, EmailLedger.FAILED, reason, Instant.now()));
			failed.put(address, reason);
		}
	}

	/**
	 * Hands the answers not yet handed in to the ledger, to be written while the next
	 * message goes out.
	 */
	private void handOver() {
		if (!unrecorded.isEmpty()) {
			recording = ledger.record(batchId, unrecorded);
			unrecorded.clear();
		}
	}

	/**
	 * Waits until the answers handed in are written: before a message's final "." and at
	 * the end of the session.
	 * @throws IllegalStateException when writing them failed: the message is not finished
	 * (the server discards it), the session ends and the batch is retried from what the
	 * ledger holds
	 */
	private void awaitRecorded() {
		try {
			recording.join();
		}
		catch (CompletionException ex) {
			throw new IllegalStateException("Recording the mail server's answers failed", ex.getCause());
		}
	}

	/** Where a session hands the server's answers: {@link EmailLedger}. */
	interface Ledger {

		/**
		 * Records answers of a batch in the background; completes once they are written.
		 * The entries are read before it returns: the session reuses its list.
		 */
		CompletableFuture<Void> record(long batchId, List<EmailLedger.Entry> entries);

	}

}
