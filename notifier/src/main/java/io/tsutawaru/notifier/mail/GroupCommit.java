package io.tsutawaru.notifier.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * Writes what several threads ask to have written at about the same moment in one write, and returns to each
 * caller only once its own rows are written (or the write failed): a group commit.
 * <p>
 * Why: every SMTP connection records the server's answer for a mail before it sends the next one, so that a crash
 * mails nobody twice but the resident whose answer was on its way. With a dozen connections that was a dozen
 * single-row transactions in flight all the time, and PostgreSQL's cost per transaction, not per row, was a
 * large part of a fan-out's CPU. Here a caller that finds a write in progress waits for it; the next caller to get
 * the turn writes the rows of everyone who queued meanwhile. Nobody waits longer than one write beyond their own,
 * and nothing is acknowledged to a caller before it is written.
 *
 * @param <T> a row
 */
final class GroupCommit<T> {

	private final Consumer<List<T>> write;

	/** Held by the thread writing; the others queue their rows and wait for it. */
	private final ReentrantLock turn = new ReentrantLock();

	private final Queue<Request<T>> queued = new ConcurrentLinkedQueue<>();

	/**
	 * @param write writes rows; when it fails, the callers of the group hear so, whether it wrote some of them or
	 * none
	 */
	GroupCommit(Consumer<List<T>> write) {
		this.write = write;
	}

	/**
	 * Writes the rows, together with those of callers waiting at the same time.
	 * @throws IllegalStateException when the write that took them failed
	 */
	void write(List<T> rows) {
		Request<T> request = new Request<>(rows);
		queued.add(request);
		turn.lock();
		try {
			// A writer that had the turn before may have taken this request with its own.
			if (!request.done) {
				writeQueued();
			}
		}
		finally {
			turn.unlock();
		}
		// Written under the lock by whichever thread wrote the group, read after taking the lock: visible here.
		if (request.failure != null) {
			throw new IllegalStateException("Writing " + rows.size() + " row(s) failed", request.failure);
		}
	}

	private void writeQueued() {
		List<Request<T>> group = new ArrayList<>();
		List<T> rows = new ArrayList<>();
		Request<T> next;
		while ((next = queued.poll()) != null) {
			group.add(next);
			rows.addAll(next.rows);
		}
		boolean written = false;
		RuntimeException failure = null;
		try {
			write.accept(rows);
			written = true;
		}
		catch (RuntimeException ex) {
			failure = ex;
		}
		finally {
			// Also when the write ended in an Error: no caller of the group may return as if its rows were written.
			for (Request<T> request : group) {
				request.failure = written ? null : failure != null ? failure : new IllegalStateException("The write did not finish");
				request.done = true;
			}
		}
	}

	/** One caller's rows, and what became of them; its fields are guarded by {@link #turn}. */
	private static final class Request<T> {

		final List<T> rows;

		boolean done;

		RuntimeException failure;

		Request(List<T> rows) {
			this.rows = rows;
		}

	}

}
