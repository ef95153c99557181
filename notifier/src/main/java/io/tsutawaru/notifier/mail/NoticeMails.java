package io.tsutawaru.notifier.mail;

import java.io.UnsupportedEncodingException;
import java.net.URI;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;

import io.tsutawaru.notifier.NotifierProperties;
import io.tsutawaru.notifier.PublishedNotice;

/**
 * The mail of a notice in one language, with the List-Unsubscribe header mail clients show as a button. What is the
 * same for every resident (sender, encoded subject, text) is prepared once per batch: building it per message cost
 * more than sending it (Spring's MimeMessageHelper reads the MIME type files from the class path for every
 * message), see docs/benchmarks.md, Notifier.
 */
final class NoticeMails {

	private final Session session;

	private final InternetAddress from;

	private final String subject;

	private final String text;

	private final String unsubscribe;

	private final String noticeHeader;

	NoticeMails(Session session, PublishedNotice notice, String language, URI page, NotifierProperties.Mail settings)
			throws MessagingException {
		this.session = session;
		this.from = new InternetAddress(settings.from());
		try {
			this.subject = MimeUtility.fold(9, MimeUtility.encodeText(notice.headline(language), "UTF-8", null));
		}
		catch (UnsupportedEncodingException ex) {
			throw new MessagingException("UTF-8 is not supported", ex);
		}
		this.text = notice.body(language) + "\n\n" + page + "\n\n-- \n"
				+ ("en".equals(language) ? "To stop these mails, reply with the subject \"unsubscribe\"."
						: "配信停止は件名を「unsubscribe」として返信してください。");
		this.unsubscribe = "<mailto:" + settings.unsubscribeAddress() + "?subject=unsubscribe>";
		this.noticeHeader = notice.noticeId() + "/" + notice.revision();
	}

	/** The message to one resident, ready to send. */
	MimeMessage to(String address) throws MessagingException {
		MimeMessage message = new MimeMessage(session);
		message.setFrom(from);
		message.setRecipient(Message.RecipientType.TO, new InternetAddress(address));
		message.setHeader("Subject", subject);
		message.setText(text, "UTF-8");
		message.setHeader("List-Unsubscribe", unsubscribe);
		// Lets mail servers and clients group a notice's updates with the original.
		message.setHeader("X-Tsutawaru-Notice", noticeHeader);
		message.saveChanges();
		return message;
	}

}
