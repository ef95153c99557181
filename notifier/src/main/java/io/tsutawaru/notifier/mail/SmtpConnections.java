package io.tsutawaru.notifier.mail;

import java.util.Deque;
import java.util.concurrent.ConcurrentLinkedDeque;

import jakarta.mail.MessagingException;
import jakarta.mail.Transport;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * Open SMTP connections kept between batches. Connecting and greeting the server (TCP,
 * EHLO, perhaps TLS and AUTH) costs more than a message, and an emergency's first mail
 * should not pay for it; so connections go back here after a batch, and the start-up
 * warm-up puts the first one here before any alert is sent. A connection the server
 * closed meanwhile (servers drop idle clients after minutes) is noticed by a NOOP and
 * replaced.
 */
@Component
class SmtpConnections implements DisposableBean {

	/**
	 * More idle connections than the workers use at once would only hold sockets on the
	 * mail server.
	 */
	private static final int MAX_IDLE = 16;

	private final Deque<Pooled> idle = new ConcurrentLinkedDeque<>();

	private record Pooled(String host, int port, Transport transport) {
	}

	/**
	 * An open connection to the sender's server: an idle one that still answers, or a new
	 * one.
	 */
	Transport open(JavaMailSenderImpl sender) throws MessagingException {
		Pooled pooled;
		while ((pooled = idle.pollFirst()) != null) {
			if (pooled.port() == sender.getPort() && pooled.host().equals(sender.getHost())
					&& pooled.transport().isConnected()) {
				return pooled.transport();
			}
			close(pooled.transport());
		}
		Transport transport = sender.getSession().getTransport("smtp");
		transport.connect(sender.getHost(), sender.getPort(), sender.getUsername(), sender.getPassword());
		return transport;
	}

	/**
	 * Gives a connection back after a batch that went well; one that failed is closed
	 * instead.
	 */
	void release(JavaMailSenderImpl sender, Transport transport) {
		if (idle.size() < MAX_IDLE) {
			idle.offerFirst(new Pooled(sender.getHost(), sender.getPort(), transport));
		}
		else {
			close(transport);
		}
	}

	static void close(Transport transport) {
		try {
			transport.close();
		}
		catch (MessagingException ex) {
			// Closing a connection the server already dropped: nothing left to release.
		}
	}

	@Override
	public void destroy() {
		Pooled pooled;
		while ((pooled = idle.pollFirst()) != null) {
			close(pooled.transport());
		}
	}

}
