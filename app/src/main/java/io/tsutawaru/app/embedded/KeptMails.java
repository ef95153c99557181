package io.tsutawaru.app.embedded;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.user.MessageDeliveryHandler;
import com.icegreen.greenmail.user.UserException;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Flags;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded mailbox's messages as files in the data directory, one {@code .eml} per
 * delivery, so that a demo's mailbox survives a restart. Each file is written when the
 * SMTP server delivers the message and read back into the mailbox at the next start with
 * its original time of arrival. The recipient is kept as a header of the file (a message
 * to two people is two deliveries, as in the mailbox itself).
 */
final class KeptMails {

	private static final Logger log = LoggerFactory.getLogger(KeptMails.class);

	static final String RECIPIENT_HEADER = "X-Tsutawaru-Delivered-To";

	private final Path folder;

	KeptMails(Path folder) {
		this.folder = folder;
		try {
			Files.createDirectories(folder);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create the mailbox folder " + folder, ex);
		}
	}

	/**
	 * Puts the kept messages back into {@code greenMail}, then keeps every message it
	 * receives from now on.
	 */
	void attach(GreenMail greenMail) {
		MessageDeliveryHandler deliverTo = greenMail.getUserManager().getMessageDeliveryHandler();
		restore(greenMail, deliverTo);
		greenMail.getUserManager().setMessageDeliveryHandler((message, address) -> {
			GreenMailUser user = deliverTo.handle(message, address);
			keep(message.getMessage(), address.getEmail(), System.currentTimeMillis());
			return user;
		});
	}

	private void keep(MimeMessage message, String recipient, long receivedAt) throws MessagingException {
		try {
			MimeMessage copy = new MimeMessage(message);
			copy.setHeader(RECIPIENT_HEADER, recipient);
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			copy.writeTo(bytes);
			// Written aside then moved, so that a start never reads half a message.
			Path part = folder.resolve(receivedAt + "-" + UUID.randomUUID() + ".part");
			Files.write(part, bytes.toByteArray());
			Files.move(part, folder.resolve(part.getFileName().toString().replace(".part", ".eml")),
					StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			// The mail was delivered; only its copy for the next start is lost.
			log.warn("Could not keep a mailbox message in {}: {}", folder, ex.toString());
		}
	}

	private void restore(GreenMail greenMail, MessageDeliveryHandler deliverTo) {
		List<Path> files;
		try (Stream<Path> listing = Files.list(folder)) {
			files = listing.filter(file -> file.getFileName().toString().endsWith(".eml")).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the mailbox folder " + folder, ex);
		}
		for (Path file : files) {
			try (InputStream in = Files.newInputStream(file)) {
				MimeMessage message = new MimeMessage((Session) null, in);
				String recipient = message.getHeader(RECIPIENT_HEADER, null);
				message.removeHeader(RECIPIENT_HEADER);
				GreenMailUser user = greenMail.getUserManager().getUserByEmail(recipient);
				if (user == null) {
					user = greenMail.getUserManager().createUser(recipient, recipient, recipient);
				}
				long receivedAt = Long.parseLong(file.getFileName().toString().split("-", 2)[0]);
				greenMail.getManagers()
					.getImapHostManager()
					.getInbox(user)
					.appendMessage(message, new Flags(), new Date(receivedAt));
			}
			catch (IOException | MessagingException | UserException | FolderException | RuntimeException ex) {
				log.warn("Skipped an unreadable kept mailbox message {}: {}", file.getFileName(), ex.toString());
			}
		}
		if (!files.isEmpty()) {
			log.info("Mailbox: {} kept messages restored from {}", files.size(), folder);
		}
	}

}
