package io.tsutawaru.notifier.mail;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;

import io.tsutawaru.notifier.Channel;
import io.tsutawaru.notifier.NotifierProperties;
import io.tsutawaru.notifier.PublicLinks;
import io.tsutawaru.notifier.PublishedNotice;
import io.tsutawaru.notifier.delivery.DeliveryBatch;
import io.tsutawaru.notifier.delivery.DeliveryChannel;
import io.tsutawaru.notifier.delivery.DeliveryOutcome;
import io.tsutawaru.notifier.delivery.Throttle;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * E-mail: one message per resident over one SMTP connection per batch, throttled to the configured rate. Each
 * address is recorded as soon as the server answers for it, so a retried batch continues where it stopped;
 * addresses the server refuses for good are recorded with the server's reason and not tried again.
 */
@Component
class EmailChannel implements DeliveryChannel {

	private final ObjectProvider<JavaMailSenderImpl> senders;

	private final EmailLedger ledger;

	private final PublicLinks links;

	private final NotifierProperties.Mail settings;

	private final Throttle throttle;

	EmailChannel(ObjectProvider<JavaMailSenderImpl> senders, EmailLedger ledger, PublicLinks links, NotifierProperties properties) {
		this.senders = senders;
		this.ledger = ledger;
		this.links = links;
		this.settings = properties.mail();
		this.throttle = new Throttle(settings.messagesPerSecond());
	}

	@Override
	public Channel channel() {
		return Channel.EMAIL;
	}

	@Override
	public DeliveryOutcome deliver(DeliveryBatch batch, PublishedNotice notice) {
		JavaMailSenderImpl sender = senders.getIfAvailable();
		if (sender == null) {
			return new DeliveryOutcome.Rejected("No SMTP server is configured (spring.mail.host)");
		}
		Map<String, String> handled = ledger.handled(batch.id());
		Map<String, String> failed = new HashMap<>();
		handled.forEach((address, state) -> {
			if (EmailLedger.FAILED.equals(state)) {
				failed.put(address, "refused earlier");
			}
		});
		try (Transport transport = sender.getSession().getTransport("smtp")) {
			var mails = new NoticeMails(sender.getSession(), notice, batch.language(), links.notice(notice.noticeId()), settings);
			transport.connect(sender.getHost(), sender.getPort(), sender.getUsername(), sender.getPassword());
			for (DeliveryBatch.Address recipient : batch.recipients()) {
				if (!handled.containsKey(recipient.value())) {
					send(transport, mails, batch, recipient.value(), failed);
				}
			}
		}
		catch (MessagingException ex) {
			return new DeliveryOutcome.Retry(Duration.ofSeconds(5), "SMTP: " + ex.getMessage());
		}
		return new DeliveryOutcome.Sent(batch.recipients().size() - failed.size(), failed);
	}

	private void send(Transport transport, NoticeMails mails, DeliveryBatch batch, String address,
			Map<String, String> failed) throws MessagingException {
		throttle.acquire();
		MimeMessage message = mails.to(address);
		try {
			transport.sendMessage(message, message.getAllRecipients());
			ledger.record(batch.id(), address, EmailLedger.SENT, null);
		}
		catch (SendFailedException refused) {
			// The server refused this address (5xx): permanent for this address, the batch goes on.
			if (refused.getInvalidAddresses() == null || refused.getInvalidAddresses().length == 0) {
				throw refused;
			}
			String reason = refused.getNextException() != null ? refused.getNextException().getMessage() : refused.getMessage();
			ledger.record(batch.id(), address, EmailLedger.FAILED, reason);
			failed.put(address, reason);
		}
	}

}
