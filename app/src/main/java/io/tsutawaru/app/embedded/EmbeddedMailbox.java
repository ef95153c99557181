package io.tsutawaru.app.embedded;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real SMTP server (GreenMail) that accepts every message the service sends when no
 * mail host is configured, and keeps them so that staff can read them on the console's
 * mailbox page, in the data directory too so that a demo's mailbox survives a restart.
 */
public final class EmbeddedMailbox implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedMailbox.class);

	private final GreenMail greenMail;

	private final int port;

	/** {@code folder} keeps the messages between starts (see {@link KeptMails}). */
	EmbeddedMailbox(Path folder) {
		this.port = FreePort.find();
		this.greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		greenMail.start();
		new KeptMails(folder).attach(greenMail);
		log.info("Embedded SMTP server listening on 127.0.0.1:{}", port);
	}

	int port() {
		return port;
	}

	/** The newest messages first, at most {@code limit}. */
	public List<MailboxMessage> newest(int limit) {
		return page("", 0, limit).messages();
	}

	/**
	 * One page of the messages, newest first, of those whose sender, recipients or
	 * subject contain {@code search} (ignoring case; blank for all). Only the page's
	 * messages are read beyond their headers.
	 * @param search the words to look for in the addresses and the subject
	 * @param offset how many matching messages to skip
	 * @param limit at most this many on the page
	 */
	public MailboxPage page(String search, long offset, int limit) {
		String wanted = search == null ? "" : search.strip().toLowerCase(Locale.ROOT);
		List<Received> matching = Arrays.stream(greenMail.getReceivedMessages())
			.map(Received::of)
			.filter(received -> wanted.isEmpty() || received.headers().contains(wanted))
			.sorted(Comparator.comparing(Received::at).reversed())
			.toList();
		List<MailboxMessage> shown = matching.stream()
			.skip(offset)
			.limit(limit)
			.map(received -> toMailboxMessage(received.message()))
			.toList();
		return new MailboxPage(matching.size(), shown);
	}

	/** How many messages arrived since the service started. */
	public int count() {
		return greenMail.getReceivedMessages().length;
	}

	/**
	 * A message with what the search looks at: sender, recipients and subject,
	 * lower-cased.
	 */
	private record Received(MimeMessage message, Instant at, String headers) {

		static Received of(MimeMessage message) {
			try {
				String headers = addresses(message.getFrom()) + "\n" + addresses(message.getAllRecipients()) + "\n"
						+ Objects.requireNonNullElse(message.getSubject(), "");
				return new Received(message, receivedAt(message), headers.toLowerCase(Locale.ROOT));
			}
			catch (MessagingException ex) {
				return new Received(message, Instant.EPOCH, "");
			}
		}

	}

	private static Instant receivedAt(MimeMessage message) throws MessagingException {
		return message.getReceivedDate() != null ? message.getReceivedDate().toInstant()
				: message.getSentDate() != null ? message.getSentDate().toInstant() : Instant.EPOCH;
	}

	private static MailboxMessage toMailboxMessage(MimeMessage message) {
		try {
			Instant received = receivedAt(message);
			return new MailboxMessage(addresses(message.getFrom()), addresses(message.getAllRecipients()),
					message.getSubject(), text(message), received, message.getHeader("List-Unsubscribe") != null);
		}
		catch (MessagingException | IOException ex) {
			return new MailboxMessage("", "", "(unreadable message: " + ex.getMessage() + ")", "", Instant.EPOCH,
					false);
		}
	}

	private static String addresses(Address[] addresses) {
		return addresses == null ? "" : String.join(", ", Arrays.stream(addresses).map(Address::toString).toList());
	}

	/** The first text/plain part, or the first text part of any kind. */
	private static String text(Part part) throws MessagingException, IOException {
		if (part.isMimeType("text/plain")) {
			return String.valueOf(part.getContent());
		}
		if (part.isMimeType("multipart/*") && part.getContent() instanceof Multipart multipart) {
			List<String> texts = new ArrayList<>();
			for (int i = 0; i < multipart.getCount(); i++) {
				texts.add(text(multipart.getBodyPart(i)));
			}
			return texts.stream().filter(t -> !t.isBlank()).findFirst().orElse("");
		}
		return part.isMimeType("text/*") ? String.valueOf(part.getContent()) : "";
	}

	@Override
	public void close() {
		greenMail.stop();
	}

	/**
	 * @param total messages that match the search @param messages the page of them,
	 * newest first
	 */
	public record MailboxPage(long total, List<MailboxMessage> messages) {
	}

	/** One message as the mailbox page shows it. */
	public record MailboxMessage(String from, String to, String subject, String text, Instant receivedAt,
			boolean hasListUnsubscribe) {
	}

}
