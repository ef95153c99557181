package io.tsutawaru.notifier.benchmark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An SMTP server on loopback that accepts every message at once and only counts it per recipient: the "e-mail
 * stand-in that accepts instantly" of the fan-out benchmark, so that the figure measures the notifier, not a mail
 * store. It speaks just enough SMTP for JavaMail (EHLO, MAIL, RCPT, DATA, RSET, NOOP, QUIT).
 */
final class SmtpSink implements AutoCloseable {

	private final ServerSocket server;

	private final Map<String, AtomicLong> perRecipient = new ConcurrentHashMap<>();

	private final AtomicLong messages = new AtomicLong();

	private volatile long firstNanos;

	SmtpSink() {
		try {
			server = new ServerSocket(0, 200, InetAddress.getLoopbackAddress());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Thread.ofVirtual().start(this::accept);
	}

	int port() {
		return server.getLocalPort();
	}

	long messages() {
		return messages.get();
	}

	/** Recipients that received more than one message. */
	long duplicates() {
		return perRecipient.values().stream().filter(n -> n.get() > 1).count();
	}

	long recipients() {
		return perRecipient.size();
	}

	/** When the first message since the last reset arrived (System.nanoTime), or 0. */
	long firstNanos() {
		return firstNanos;
	}

	void reset() {
		perRecipient.clear();
		messages.set(0);
		firstNanos = 0;
	}

	private void accept() {
		while (!server.isClosed()) {
			try {
				Socket socket = server.accept();
				Thread.ofVirtual().start(() -> session(socket));
			}
			catch (IOException ex) {
				return;
			}
		}
	}

	private void session(Socket socket) {
		try (socket; var in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII), 65536)) {
			OutputStream out = socket.getOutputStream();
			reply(out, "220 sink ESMTP");
			List<String> to = new ArrayList<>();
			String line;
			while ((line = in.readLine()) != null) {
				String command = line.length() >= 4 ? line.substring(0, 4).toUpperCase() : line.toUpperCase();
				switch (command) {
					case "EHLO", "HELO" -> reply(out, "250 sink");
					case "MAIL" -> {
						to.clear();
						reply(out, "250 OK");
					}
					case "RCPT" -> {
						to.add(line.substring(line.indexOf('<') + 1, line.lastIndexOf('>')));
						reply(out, "250 OK");
					}
					case "DATA" -> {
						reply(out, "354 go ahead");
						while ((line = in.readLine()) != null && !line.equals(".")) {
							// The content is not kept: only who received a message counts.
						}
						if (firstNanos == 0) {
							firstNanos = System.nanoTime();
						}
						to.forEach(address -> perRecipient.computeIfAbsent(address, a -> new AtomicLong()).incrementAndGet());
						messages.incrementAndGet();
						reply(out, "250 OK queued");
					}
					case "QUIT" -> {
						reply(out, "221 bye");
						return;
					}
					default -> reply(out, "250 OK");
				}
			}
		}
		catch (IOException ex) {
			// The client went away; nothing to count.
		}
	}

	private static void reply(OutputStream out, String line) throws IOException {
		out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
		out.flush();
	}

	@Override
	public void close() throws IOException {
		server.close();
	}

}
