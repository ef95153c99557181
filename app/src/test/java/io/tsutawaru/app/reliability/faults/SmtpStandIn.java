package io.tsutawaru.app.reliability.faults;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.Managers;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * A real SMTP server (GreenMail) on a fixed loopback port that can be stopped and started
 * again, like a city's mail server going down and coming back. Counts what it received
 * over all its lives.
 */
final class SmtpStandIn {

	/** The login the service uses, and its password. */
	static final String USER = "tsutawaru";

	private final int port;

	private final List<String> earlierLives = new ArrayList<>();

	private GreenMail server;

	SmtpStandIn(int port) {
		this.port = port;
		start();
	}

	int port() {
		return port;
	}

	synchronized void start() {
		server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
			.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
		server.start();
		// The account exists before the first session: GreenMail creates an unknown
		// account on AUTH, and several
		// sessions authenticating at once race to create the same mailbox.
		server.setUser(USER + "@localhost", USER, USER);
	}

	/** Stops the server abruptly: open sessions are cut, new connections refused. */
	synchronized void stop() {
		// Read from the store of this life after stopping: a session still open until
		// then may have delivered more,
		// and a stopped GreenMail starts its next life with an empty store.
		Managers store = server.getManagers();
		server.stop();
		for (StoredMessage stored : store.getImapHostManager().getAllMessages()) {
			earlierLives.addAll(recipients(stored.getMimeMessage()));
		}
		server = null;
	}

	synchronized boolean running() {
		return server != null;
	}

	/**
	 * Address → messages received, over every life of the server, for messages whose
	 * subject contains the text.
	 */
	synchronized Map<String, Integer> received(String subjectContains) {
		List<String> all = new ArrayList<>(earlierLives);
		if (server != null) {
			all.addAll(recipients(server));
		}
		Map<String, Integer> counts = new HashMap<>();
		for (String entry : all) {
			int tab = entry.indexOf('\t');
			if (entry.substring(tab + 1).contains(subjectContains)) {
				counts.merge(entry.substring(0, tab), 1, Integer::sum);
			}
		}
		return counts;
	}

	/** "address\tsubject" per received message. */
	private static List<String> recipients(GreenMail server) {
		List<String> received = new ArrayList<>();
		for (MimeMessage message : server.getReceivedMessages()) {
			received.addAll(recipients(message));
		}
		return received;
	}

	private static List<String> recipients(MimeMessage message) {
		List<String> received = new ArrayList<>();
		try {
			for (Address to : message.getAllRecipients()) {
				received.add(to.toString() + "\t" + message.getSubject());
			}
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
		return received;
	}

	synchronized void close() {
		if (server != null) {
			server.stop();
		}
	}

}
