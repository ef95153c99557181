package io.tsutawaru.notifier.mail;

import java.net.URI;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import io.tsutawaru.notifier.NotifierProperties;
import io.tsutawaru.notifier.PublishedNotice;

import org.springframework.mail.javamail.MimeMessageHelper;

/** The mail of a notice to one resident, with the List-Unsubscribe header mail clients show as a button. */
final class NoticeMails {

	private NoticeMails() {
	}

	static MimeMessage of(Session session, PublishedNotice notice, String language, String to, URI page,
			NotifierProperties.Mail settings) throws MessagingException {
		MimeMessage message = new MimeMessage(session);
		var mail = new MimeMessageHelper(message, "UTF-8");
		mail.setFrom(settings.from());
		mail.setTo(to);
		mail.setSubject(notice.headline(language));
		mail.setText(notice.body(language) + "\n\n" + page + "\n\n-- \n"
				+ ("en".equals(language) ? "To stop these mails, reply with the subject \"unsubscribe\"."
						: "配信停止は件名を「unsubscribe」として返信してください。"));
		message.setHeader("List-Unsubscribe", "<mailto:" + settings.unsubscribeAddress() + "?subject=unsubscribe>");
		// Lets mail servers and clients group a notice's updates with the original.
		message.setHeader("X-Tsutawaru-Notice", notice.noticeId() + "/" + notice.revision());
		return message;
	}

}
