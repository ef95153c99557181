package io.tsutawaru.notifier.mail;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;

import io.tsutawaru.notifier.delivery.Throttle;

/**
 * Part of a batch sent over one SMTP connection, one message per resident. The server's answers are written to
 * the ledger every {@code ledgerBatch} messages (1 by default: each at once) and whenever the session ends, also
 * when it ends in an error, so a retry skips everyone the server already answered for. Only a crash of the whole
 * process between a server's "250 OK" and the ledger write leaves answers unrecorded: those residents (at most
 * {@code ledgerBatch} per connection) are mailed again when the batch is retried.
 */
final class SmtpSession {

	private final long batchId;

	private final NoticeMails mails;

	private final EmailLedger ledger;

	private final Throttle throttle;

	private final int ledgerBatch;

	private final Map<String, String> failed;

	private final List<EmailLedger.Entry> unrecorded = new ArrayList<>();

	SmtpSession(long batchId, NoticeMails mails, EmailLedger ledger, Throttle throttle, int ledgerBatch,
			Map<String, String> failed) {
		this.batchId = batchId;
		this.mails = mails;
		this.ledger = ledger;
		this.throttle = throttle;
		this.ledgerBatch = ledgerBatch;
		this.failed = failed;
	}

	/** Sends to every address over the connection; throws when the connection or the server fails as a whole. */
	void send(Transport transport, List<String> addresses) throws MessagingException {
		try {
			for (String address : addresses) {
				throttle.acquire();
				sendOne(transport, address);
				if (unrecorded.size() >= ledgerBatch) {
					flush();
				}
			}
		}
		finally {
			flush();
		}
	}

	private void sendOne(Transport transport, String address) throws MessagingException {
		MimeMessage message = mails.to(address);
		try {
			transport.sendMessage(message, message.getAllRecipients());
			unrecorded.add(new EmailLedger.Entry(address, EmailLedger.SENT, null, Instant.now()));
		}
		catch (SendFailedException refused) {
			// The server refused this address (5xx): permanent for this address, the batch goes on.
			if (refused.getInvalidAddresses() == null || refused.getInvalidAddresses().length == 0) {
				throw refused;
			}
			String reason = refused.getNextException() != null ? refused.getNextException().getMessage() : refused.getMessage();
			unrecorded.add(new EmailLedger.Entry(address, EmailLedger.FAILED, reason, Instant.now()));
			failed.put(address, reason);
		}
	}

	private void flush() {
		ledger.record(batchId, unrecorded);
		unrecorded.clear();
	}

}
