package io.tsutawaru.notifier.subscriber;

import java.security.SecureRandom;
import java.util.Base64;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import io.tsutawaru.notifier.NotifierProperties;
import io.tsutawaru.notifier.PublicLinks;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Confirmation tokens and the mail that carries the link a resident opens to confirm an
 * address.
 */
@Component
class EmailConfirmations {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final ObjectProvider<JavaMailSender> mailSender;

	private final PublicLinks links;

	private final NotifierProperties properties;

	EmailConfirmations(ObjectProvider<JavaMailSender> mailSender, PublicLinks links, NotifierProperties properties) {
		this.mailSender = mailSender;
		this.links = links;
		this.properties = properties;
	}

	String newToken() {
		byte[] bytes = new byte[24];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	void send(String address, String token) {
		JavaMailSender sender = mailSender.getObject();
		MimeMessage message = sender.createMimeMessage();
		try {
			var mail = new MimeMessageHelper(message, "UTF-8");
			mail.setFrom(properties.mail().from());
			mail.setTo(address);
			mail.setSubject("メールアドレスの確認 / Please confirm your e-mail address");
			mail.setText("""
					市からのお知らせをこのアドレスで受け取るには、次のリンクを開いてください。
					To receive the city's notices at this address, open this link:

					%s

					心当たりがない場合は、このメールを無視してください。
					If you did not ask for this, please ignore this mail.
					""".formatted(links.to("/subscribers/confirm?token=" + token)));
		}
		catch (MessagingException ex) {
			throw new MailSendException("Could not build the confirmation mail", ex);
		}
		sender.send(message);
	}

}
