package io.tsutawaru.notifier.mail;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Writes rows that callers hand in on a thread of its own, in groups: everything handed
 * in while a write is in progress goes out together in the next write (a group commit).
 * Each caller gets a future that completes once its rows are written, or exceptionally
 * when their write failed, and decides itself when it must wait for it.
 * <p>
 * Why: every SMTP connection records the server's answer for a mail before its next mail
 * can be accepted, so that a crash mails nobody twice but the resident whose answer was
 * on its way. Written by the connection itself, that was a dozen single-row transactions
 * in flight all the time, each connection idle while its own was written, and
 * PostgreSQL's cost per statement was a large part of a fan-out's CPU. Here the
 * connection goes on with the next mail while the answer is written and waits only before
 * that mail's end ({@link SmtpSession}).
 *
 * @param <T> a row
 */
final class GroupCommit<T> implements AutoCloseable {

	private static final Duration POLL = Duration.ofMillis(100);

	private final Consumer<List<T>> write;

	private final LinkedBlockingQueue<Request<T>> queued = new LinkedBlockingQueue<>();

	private final Thread writer;

	private volatile boolean open = true;

	/**
	 * @param name the writer thread's name
	 * @param write writes rows; when it fails, the callers of the group hear so, whether
	 * it wrote some of them or none
	 */
	GroupCommit(String name, Consumer<List<T>> write) {
		this.write = write;
		// A thread of its own, not a task on an executor: the one writer taking turns is
		// what groups the commits, and
		// closing lets it write what is queued before it ends (an executor's shutdown
		// would interrupt the write).
		this.writer = Thread.ofPlatform().name(name).daemon().start(this::writeWhileOpen);
	}

	/**
	 * Hands rows in to be written with whatever else is queued; the future completes when
	 * they are written.
	 */
	CompletableFuture<Void> submit(List<T> rows) {
		Request<T> request = new Request<>(List.copyOf(rows), new CompletableFuture<>());
		queued.add(request);
		// Closed meanwhile: the writer may be gone, so no one else would complete it.
		if (!open && queued.remove(request)) {
			refuse(request);
		}
		return request.written();
	}

	private void writeWhileOpen() {
		while (open || !queued.isEmpty()) {
			Request<T> first;
			try {
				first = queued.poll(POLL.toMillis(), TimeUnit.MILLISECONDS);
			}
			catch (InterruptedException ex) {
				// Only close() stops the writer, after what is queued is written.
				continue;
			}
			if (first != null) {
				List<Request<T>> group = new ArrayList<>();
				group.add(first);
				queued.drainTo(group);
				writeGroup(group);
			}
		}
	}

	private void writeGroup(List<Request<T>> group) {
		List<T> rows = new ArrayList<>();
		for (Request<T> request : group) {
			rows.addAll(request.rows());
		}
		Throwable failure = null;
		try {
			write.accept(rows);
		}
		catch (Throwable ex) {
			// Also an Error: the callers must hear that their rows may not be written,
			// and the writer lives on.
			failure = ex;
		}
		for (Request<T> request : group) {
			if (failure == null) {
				request.written().complete(null);
			}
			else {
				request.written().completeExceptionally(failure);
			}
		}
	}

	/**
	 * Writes what is queued, then stops the writer; what is handed in later fails at
	 * once.
	 */
	@Override
	public void close() {
		open = false;
		try {
			writer.join(Duration.ofSeconds(10));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		Request<T> left;
		while ((left = queued.poll()) != null) {
			refuse(left);
		}
	}

	private static void refuse(Request<?> request) {
		request.written().completeExceptionally(new IllegalStateException("The ledger writer has stopped"));
	}

	private record Request<T>(List<T> rows, CompletableFuture<Void> written) {
	}

}
