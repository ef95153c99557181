package io.tsutawaru.notifier.mail;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

import jakarta.mail.MessagingException;
import jakarta.mail.Transport;

import io.tsutawaru.notifier.Channel;
import io.tsutawaru.notifier.NotifierProperties;
import io.tsutawaru.notifier.PublicLinks;
import io.tsutawaru.notifier.PublishedNotice;
import io.tsutawaru.notifier.delivery.DeliveryBatch;
import io.tsutawaru.notifier.delivery.DeliveryChannel;
import io.tsutawaru.notifier.delivery.DeliveryOutcome;
import io.tsutawaru.notifier.delivery.Throttle;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * E-mail: one message per resident, a batch split over several SMTP connections sent side
 * by side (each message costs a few round trips to the server, which one connection can
 * only wait for one after the other), throttled to the configured rate. The server's
 * answers are recorded per address (see {@link SmtpSession}), so a retried batch
 * continues where it stopped; addresses the server refuses for good are recorded with its
 * reason and not tried again.
 */
@Component
class EmailChannel implements DeliveryChannel {

	/**
	 * Fewer residents than this per connection are not worth a connection of their own.
	 */
	static final int MIN_PER_CONNECTION = 25;

	private final ObjectProvider<JavaMailSenderImpl> senders;

	private final EmailLedger ledger;

	private final SmtpConnections connections;

	private final PublicLinks links;

	private final MailAnswerLinks answerLinks;

	private final NotifierProperties.Mail settings;

	private final Throttle throttle;

	private final AsyncTaskExecutor sessions;

	EmailChannel(ObjectProvider<JavaMailSenderImpl> senders, EmailLedger ledger, SmtpConnections connections,
			PublicLinks links, MailAnswerLinks answerLinks, NotifierProperties properties,
			@Qualifier("smtpSessionThreads") AsyncTaskExecutor sessions) {
		this.sessions = sessions;
		this.senders = senders;
		this.ledger = ledger;
		this.connections = connections;
		this.links = links;
		this.answerLinks = answerLinks;
		this.settings = properties.mail();
		this.throttle = new Throttle(settings.messagesPerSecond());
		MailStreams.lookUpOnce();
	}

	@Override
	public Channel channel() {
		return Channel.EMAIL;
	}

	/**
	 * The mail server being down for minutes is an outage to wait out, not a reason to
	 * drop residents' mail.
	 */
	@Override
	public int maxAttempts() {
		return settings.maxAttempts();
	}

	@Override
	public DeliveryOutcome deliver(DeliveryBatch batch, PublishedNotice notice) {
		JavaMailSenderImpl sender = senders.getIfAvailable();
		if (sender == null) {
			return new DeliveryOutcome.Rejected("No SMTP server is configured (spring.mail.host)");
		}
		Map<String, String> failed = new ConcurrentHashMap<>();
		List<DeliveryBatch.Address> pending = new ArrayList<>();
		Map<String, String> handled = ledger.handled(batch.id());
		for (DeliveryBatch.Address recipient : batch.recipients()) {
			String state = handled.get(recipient.value());
			if (state == null) {
				pending.add(recipient);
			}
			else if (EmailLedger.FAILED.equals(state)) {
				failed.put(recipient.value(), "refused earlier");
			}
		}
		try {
			var mails = new NoticeMails(sender.getSession(), notice, batch.language(),
					links.notice(notice.noticeId(), batch.language()), settings,
					answerLinks.lines(notice, batch.language()));
			sendSideBySide(sender, batch.id(), mails, slices(pending), failed);
		}
		catch (MessagingException ex) {
			return new DeliveryOutcome.Retry(Duration.ofSeconds(5), "SMTP: " + ex.getMessage());
		}
		return new DeliveryOutcome.Sent(batch.recipients().size() - failed.size(), failed);
	}

	/**
	 * Renders a sample mail into nothing and leaves one connection open in the pool:
	 * connected and greeted (EHLO), no MAIL command, so the server delivers nothing.
	 */
	@Override
	public void warmUp(PublishedNotice sample) throws MessagingException, IOException {
		JavaMailSenderImpl sender = senders.getIfAvailable();
		if (sender == null) {
			return;
		}
		var mails = new NoticeMails(sender.getSession(), sample, "ja", links.notice(sample.noticeId()), settings);
		mails.to(new DeliveryBatch.Address(0, "warm-up@example.invalid")).writeTo(OutputStream.nullOutputStream());
		connections.release(sender, connections.open(sender));
	}

	/**
	 * The first slice on the worker's own thread, the others on sessions of their own;
	 * waits for all of them.
	 */
	private void sendSideBySide(JavaMailSenderImpl sender, long batchId, NoticeMails mails,
			List<List<DeliveryBatch.Address>> slices, Map<String, String> failed) throws MessagingException {
		List<Future<?>> others = new ArrayList<>();
		for (List<DeliveryBatch.Address> slice : slices.subList(Math.min(1, slices.size()), slices.size())) {
			others.add(sessions.submit(() -> {
				send(sender, batchId, mails, slice, failed);
				return null;
			}));
		}
		MessagingException first = null;
		try {
			if (!slices.isEmpty()) {
				send(sender, batchId, mails, slices.get(0), failed);
			}
		}
		catch (MessagingException ex) {
			first = ex;
		}
		for (Future<?> other : others) {
			try {
				other.get();
			}
			catch (ExecutionException ex) {
				if (first == null) {
					first = ex.getCause() instanceof MessagingException messaging ? messaging
							: new MessagingException(ex.getCause().toString(), (Exception) ex.getCause());
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new MessagingException("Interrupted while mailing", ex);
			}
		}
		if (first != null) {
			throw first;
		}
	}

	private void send(JavaMailSenderImpl sender, long batchId, NoticeMails mails, List<DeliveryBatch.Address> addresses,
			Map<String, String> failed) throws MessagingException {
		Transport transport = connections.open(sender);
		try {
			new SmtpSession(batchId, mails, ledger, throttle, settings.ledgerBatch(), failed).send(transport,
					addresses);
		}
		catch (MessagingException | RuntimeException ex) {
			SmtpConnections.close(transport);
			throw ex;
		}
		connections.release(sender, transport);
	}

	/**
	 * Up to {@code connections} slices of about equal size, none smaller than
	 * {@link #MIN_PER_CONNECTION}.
	 */
	<T> List<List<T>> slices(List<T> pending) {
		int count = Math.max(1, Math.min(settings.connections(), pending.size() / MIN_PER_CONNECTION));
		List<List<T>> slices = new ArrayList<>(count);
		int size = (pending.size() + count - 1) / count;
		for (int from = 0; from < pending.size(); from += size) {
			slices.add(pending.subList(from, Math.min(pending.size(), from + size)));
		}
		return slices;
	}

}
