package io.tsutawaru.notifier.mail;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

class GroupCommitTests {

	private static final Duration PATIENCE = Duration.ofSeconds(60);

	private final List<List<String>> writes = new CopyOnWriteArrayList<>();

	private final CountDownLatch firstWriteMayEnd = new CountDownLatch(1);

	/** Callers that arrive while a write is in progress are written together by the next one, and only then return. */
	@Test
	void writesTheRowsOfCallersThatWaitedTogetherAndReturnsOnlyOnceTheyAreWritten() throws Exception {
		var commit = new GroupCommit<String>(rows -> {
			writes.add(List.copyOf(rows));
			holdTheFirstWrite();
		});
		Caller first = firstCallerHeldInItsWrite(commit);
		Caller second = call(() -> commit.write(List.of("b1", "b2")));
		Caller third = call(() -> commit.write(List.of("c")));
		await().atMost(PATIENCE).until(() -> second.waiting() && third.waiting());
		assertThat(first.outcome()).isNotDone();

		firstWriteMayEnd.countDown();

		assertThat(first.failure()).isNull();
		assertThat(second.failure()).isNull();
		assertThat(third.failure()).isNull();
		assertThat(writes).hasSize(2);
		assertThat(writes.get(0)).containsExactly("a");
		assertThat(writes.get(1)).containsExactlyInAnyOrder("b1", "b2", "c");
	}

	@Test
	void everyCallerOfAFailedWriteHearsOfIt() {
		var commit = new GroupCommit<String>(rows -> {
			throw new IllegalArgumentException("database gone");
		});

		assertThatThrownBy(() -> commit.write(List.of("a"))).isInstanceOf(IllegalStateException.class)
			.hasRootCauseMessage("database gone");
		assertThatThrownBy(() -> commit.write(List.of("b"))).isInstanceOf(IllegalStateException.class)
			.hasRootCauseMessage("database gone");
	}

	/** An Error in the write still leaves no caller of its group believing its rows were written. */
	@Test
	void aWriteThatEndsInAnErrorFailsEveryCallerOfItsGroup() throws Exception {
		var commit = new GroupCommit<String>(rows -> {
			writes.add(List.copyOf(rows));
			holdTheFirstWrite();
			if (writes.size() == 2) {
				throw new OutOfMemoryError("simulated");
			}
		});
		Caller first = firstCallerHeldInItsWrite(commit);
		Caller second = call(() -> commit.write(List.of("b")));
		Caller third = call(() -> commit.write(List.of("c")));
		await().atMost(PATIENCE).until(() -> second.waiting() && third.waiting());

		firstWriteMayEnd.countDown();

		assertThat(first.failure()).isNull();
		// One of the two wrote both rows and met the Error; the other was failed by it.
		List<Throwable> failures = List.of(second.failure(), third.failure());
		assertThat(failures).anySatisfy(failure -> assertThat(failure).isInstanceOf(OutOfMemoryError.class));
		assertThat(failures).anySatisfy(failure -> assertThat(failure).isInstanceOf(IllegalStateException.class));
		assertThat(writes).hasSize(2);
		assertThat(writes.get(1)).containsExactlyInAnyOrder("b", "c");
	}

	/** Starts a caller whose write ("a") is held until {@link #firstWriteMayEnd}. */
	private Caller firstCallerHeldInItsWrite(GroupCommit<String> commit) {
		Caller first = call(() -> commit.write(List.of("a")));
		await().atMost(PATIENCE).until(() -> writes.size() == 1);
		return first;
	}

	private void holdTheFirstWrite() {
		if (writes.size() == 1) {
			try {
				firstWriteMayEnd.await(PATIENCE.toSeconds(), TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	private static Caller call(Runnable write) {
		CompletableFuture<Throwable> outcome = new CompletableFuture<>();
		Thread thread = Thread.ofPlatform().start(() -> {
			try {
				write.run();
				outcome.complete(null);
			}
			catch (Throwable failure) {
				outcome.complete(failure);
			}
		});
		return new Caller(thread, outcome);
	}

	/** A thread calling {@link GroupCommit#write}, and how its call ended: null when it returned. */
	private record Caller(Thread thread, CompletableFuture<Throwable> outcome) {

		/** Parked: waiting for its turn to write. */
		boolean waiting() {
			return thread.getState() == Thread.State.WAITING;
		}

		Throwable failure() throws Exception {
			return outcome.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
		}

	}

}
