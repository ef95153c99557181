package io.tsutawaru.notifier.benchmark;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
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
		Thread.ofPlatform().daemon().name("smtp-sink-accept").start(this::accept);
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

	/**
	 * A platform thread per connection, reading bytes, not lines of text. The sink runs in the benchmark's JVM on the
	 * same two cores as the notifier, so its CPU is charged to the fan-out: with a virtual thread per connection and
	 * a String per line of every message, it cost about as much CPU as the notifier's own sending.
	 */
	private void accept() {
		while (!server.isClosed()) {
			try {
				Socket socket = server.accept();
				Thread.ofPlatform().daemon().name("smtp-sink").start(() -> session(socket));
			}
			catch (IOException ex) {
				return;
			}
		}
	}

	private void session(Socket socket) {
		try (socket; var in = new Lines(socket.getInputStream())) {
			socket.setTcpNoDelay(true);
			OutputStream out = new BufferedOutputStream(socket.getOutputStream(), 1024);
			reply(out, "220 sink ESMTP");
			List<String> to = new ArrayList<>();
			byte[] line = new byte[4096];
			int length;
			while ((length = in.next(line)) >= 0) {
				String command = new String(line, 0, Math.min(4, length), StandardCharsets.US_ASCII).toUpperCase();
				switch (command) {
					case "EHLO", "HELO" -> reply(out, "250 sink");
					case "MAIL" -> {
						to.clear();
						reply(out, "250 OK");
					}
					case "RCPT" -> {
						String text = new String(line, 0, length, StandardCharsets.US_ASCII);
						to.add(text.substring(text.indexOf('<') + 1, text.lastIndexOf('>')));
						reply(out, "250 OK");
					}
					case "DATA" -> {
						reply(out, "354 go ahead");
						while ((length = in.next(line)) >= 0 && !(length == 1 && line[0] == '.')) {
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

	/** The lines a client sends, read in large chunks and scanned in place: no String per line of a message. */
	private static final class Lines implements AutoCloseable {

		private final InputStream in;

		private final byte[] buffer = new byte[65536];

		private int position;

		private int limit;

		Lines(InputStream in) {
			this.in = in;
		}

		/**
		 * Copies the next line into {@code line} without its CRLF and returns its length (a longer line is cut at
		 * the buffer's length), or -1 at the end of the stream.
		 */
		int next(byte[] line) throws IOException {
			int length = 0;
			while (true) {
				if (position == limit) {
					limit = in.read(buffer);
					position = 0;
					if (limit <= 0) {
						limit = 0;
						return length > 0 ? length : -1;
					}
				}
				byte b = buffer[position++];
				if (b == '\n') {
					return length > 0 && line[length - 1] == '\r' ? length - 1 : length;
				}
				if (length < line.length) {
					line[length++] = b;
				}
			}
		}

		@Override
		public void close() throws IOException {
			in.close();
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
