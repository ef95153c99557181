package io.tsutawaru.notifier.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An SMTP server on loopback that accepts every message at once and only counts it per
 * recipient: the "e-mail stand-in that accepts instantly" of the fan-out benchmark, so
 * that the figure measures the notifier, not a mail store. It speaks just enough SMTP for
 * JavaMail (EHLO, MAIL, RCPT, DATA, RSET, NOOP, QUIT).
 * <p>
 * One thread serves every connection through a selector, scanning the bytes in place. The
 * sink runs in the benchmark's JVM on the same two cores as the notifier, so its CPU is
 * charged to the fan-out although a city's mail server is another machine: with a virtual
 * thread per connection and a String per line of every message it cost about as much CPU
 * as the notifier's own sending, and with a platform thread per connection each of a
 * mail's four commands still woke a thread of its own.
 */
final class SmtpSink implements AutoCloseable {

	private final ServerSocketChannel server;

	private final Selector selector;

	private final Thread loop;

	private final Map<String, AtomicLong> perRecipient = new ConcurrentHashMap<>();

	private final AtomicLong messages = new AtomicLong();

	private volatile long firstNanos;

	private volatile boolean open = true;

	SmtpSink() {
		try {
			selector = Selector.open();
			server = ServerSocketChannel.open();
			server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 200);
			server.configureBlocking(false);
			server.register(selector, SelectionKey.OP_ACCEPT);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		loop = Thread.ofPlatform().daemon().name("smtp-sink").start(this::serve);
	}

	int port() {
		try {
			return ((InetSocketAddress) server.getLocalAddress()).getPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
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

	private void serve() {
		while (open) {
			try {
				selector.select();
				Iterator<SelectionKey> ready = selector.selectedKeys().iterator();
				while (ready.hasNext()) {
					SelectionKey key = ready.next();
					ready.remove();
					if (key.isAcceptable()) {
						accept();
					}
					else if (key.isValid()) {
						serve(key, (Connection) key.attachment());
					}
				}
			}
			catch (IOException ex) {
				if (open) {
					throw new UncheckedIOException(ex);
				}
			}
		}
	}

	private void accept() throws IOException {
		SocketChannel channel;
		while ((channel = server.accept()) != null) {
			channel.configureBlocking(false);
			channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
			Connection connection = new Connection(channel);
			connection.key = channel.register(selector, SelectionKey.OP_READ, connection);
			connection.reply("220 sink ESMTP");
			connection.flush();
		}
	}

	private void serve(SelectionKey key, Connection connection) {
		try {
			if (key.isWritable()) {
				connection.flush();
			}
			if (key.isValid() && key.isReadable()) {
				if (connection.channel.read(connection.in) < 0) {
					connection.close();
					return;
				}
				connection.handleLines();
				connection.flush();
			}
		}
		catch (IOException ex) {
			// The client went away; nothing to count.
			connection.close();
		}
	}

	/**
	 * One client: the bytes read and not yet handled, the replies not yet written, the
	 * message being received.
	 */
	private final class Connection {

		final SocketChannel channel;

		SelectionKey key;

		final ByteBuffer in = ByteBuffer.allocate(65536);

		final ByteBuffer out = ByteBuffer.allocate(4096);

		final List<String> to = new ArrayList<>();

		boolean inData;

		boolean quitting;

		/** Whether the selector also waits for room to write (replies were left over). */
		boolean waitingToWrite;

		Connection(SocketChannel channel) {
			this.channel = channel;
		}

		/**
		 * Handles every whole line in {@link #in}; keeps the start of a line not yet
		 * whole.
		 */
		void handleLines() {
			in.flip();
			int start = in.position();
			for (int i = start; i < in.limit(); i++) {
				if (in.get(i) == '\n') {
					int end = i > start && in.get(i - 1) == '\r' ? i - 1 : i;
					handleLine(start, end - start);
					start = i + 1;
				}
			}
			in.position(start);
			if (in.remaining() == in.capacity()) {
				// A line longer than the buffer: inside a message its content is not kept
				// anyway; no command is
				// that long.
				in.clear();
				if (!inData) {
					close();
				}
				return;
			}
			in.compact();
		}

		private void handleLine(int start, int length) {
			if (inData) {
				if (length == 1 && in.get(start) == '.') {
					inData = false;
					if (firstNanos == 0) {
						firstNanos = System.nanoTime();
					}
					to.forEach(
							address -> perRecipient.computeIfAbsent(address, a -> new AtomicLong()).incrementAndGet());
					messages.incrementAndGet();
					reply("250 OK queued");
				}
				// Any other line is content, which is not kept: only who received a
				// message counts.
				return;
			}
			String line = text(start, length);
			String command = line.length() >= 4 ? line.substring(0, 4).toUpperCase() : line.toUpperCase();
			switch (command) {
				case "EHLO", "HELO" -> reply("250 sink");
				case "MAIL" -> {
					to.clear();
					reply("250 OK");
				}
				case "RCPT" -> {
					to.add(line.substring(line.indexOf('<') + 1, line.lastIndexOf('>')));
					reply("250 OK");
				}
				case "DATA" -> {
					inData = true;
					reply("354 go ahead");
				}
				case "QUIT" -> {
					quitting = true;
					reply("221 bye");
				}
				default -> reply("250 OK");
			}
		}

		private String text(int start, int length) {
			byte[] bytes = new byte[length];
			in.get(start, bytes);
			return new String(bytes, StandardCharsets.US_ASCII);
		}

		void reply(String line) {
			out.put((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
		}

		/**
		 * Writes what it can of the replies; waits for the socket to take the rest when
		 * it is full.
		 */
		void flush() throws IOException {
			if (!channel.isOpen()) {
				return;
			}
			out.flip();
			channel.write(out);
			boolean pending = out.hasRemaining();
			out.compact();
			if (!pending && quitting) {
				close();
			}
			else if (pending != waitingToWrite) {
				waitingToWrite = pending;
				key.interestOps(pending ? SelectionKey.OP_READ | SelectionKey.OP_WRITE : SelectionKey.OP_READ);
			}
		}

		void close() {
			key.cancel();
			try {
				channel.close();
			}
			catch (IOException ex) {
				// Closing a connection the client dropped: nothing left to release.
			}
		}

	}

	@Override
	public void close() throws IOException {
		open = false;
		selector.wakeup();
		try {
			loop.join(5_000);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		for (SelectionKey key : selector.keys()) {
			key.channel().close();
		}
		selector.close();
		server.close();
	}

}
