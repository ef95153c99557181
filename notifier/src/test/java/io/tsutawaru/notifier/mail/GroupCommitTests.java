package io.tsutawaru.notifier.mail;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

class GroupCommitTests {

	private static final Duration PATIENCE = Duration.ofSeconds(60);

	private final List<List<String>> writes = new CopyOnWriteArrayList<>();

	private final CountDownLatch firstWriteMayEnd = new CountDownLatch(1);

	private GroupCommit<String> commit;

	@AfterEach
	void close() {
		firstWriteMayEnd.countDown();
		if (commit != null) {
			commit.close();
		}
	}

	/**
	 * Rows handed in while a write is in progress go out together in the next write, and
	 * only then complete.
	 */
	@Test
	void writesTogetherWhatIsHandedInDuringAWriteAndCompletesEachOnlyOnceWritten() throws Exception {
		commit = new GroupCommit<>("group-commit-test", rows -> {
			writes.add(List.copyOf(rows));
			holdTheFirstWrite();
		});
		CompletableFuture<Void> first = commit.submit(List.of("a"));
		await().atMost(PATIENCE).until(() -> writes.size() == 1);
		CompletableFuture<Void> second = commit.submit(List.of("b1", "b2"));
		CompletableFuture<Void> third = commit.submit(List.of("c"));
		assertThat(List.of(first, second, third)).noneMatch(CompletableFuture::isDone);

		firstWriteMayEnd.countDown();
		CompletableFuture.allOf(first, second, third).get(PATIENCE.toSeconds(), TimeUnit.SECONDS);

		assertThat(writes).containsExactly(List.of("a"), List.of("b1", "b2", "c"));
	}

	/**
	 * The caller's list may change after it is handed in (a session reuses it): what was
	 * handed in is written.
	 */
	@Test
	void writesTheRowsAsTheyWereWhenHandedIn() throws Exception {
		commit = new GroupCommit<>("group-commit-test", rows -> writes.add(List.copyOf(rows)));
		List<String> reused = new java.util.ArrayList<>(List.of("a"));

		CompletableFuture<Void> written = commit.submit(reused);
		reused.clear();
		written.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);

		assertThat(writes).containsExactly(List.of("a"));
	}

	/**
	 * Every caller of a failed write hears of it, also of an Error, and the writer goes
	 * on with later rows.
	 */
	@Test
	void everyCallerOfAFailedWriteHearsOfItAndLaterRowsAreStillWritten() throws Exception {
		commit = new GroupCommit<>("group-commit-test", rows -> {
			writes.add(List.copyOf(rows));
			holdTheFirstWrite();
			if (rows.contains("b")) {
				throw new OutOfMemoryError("simulated");
			}
		});
		CompletableFuture<Void> first = commit.submit(List.of("a"));
		await().atMost(PATIENCE).until(() -> writes.size() == 1);
		CompletableFuture<Void> second = commit.submit(List.of("b"));
		CompletableFuture<Void> third = commit.submit(List.of("c"));

		firstWriteMayEnd.countDown();

		first.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
		for (CompletableFuture<Void> failed : List.of(second, third)) {
			assertThatThrownBy(() -> failed.get(PATIENCE.toSeconds(), TimeUnit.SECONDS))
				.isInstanceOf(ExecutionException.class)
				.hasCauseInstanceOf(OutOfMemoryError.class);
		}
		commit.submit(List.of("d")).get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
		assertThat(writes).containsExactly(List.of("a"), List.of("b", "c"), List.of("d"));
	}

	/**
	 * Closing writes what is queued first; rows handed in afterwards fail at once instead
	 * of waiting forever.
	 */
	@Test
	void closingWritesWhatIsQueuedAndRefusesLaterRows() throws Exception {
		commit = new GroupCommit<>("group-commit-test", rows -> {
			writes.add(List.copyOf(rows));
			holdTheFirstWrite();
		});
		commit.submit(List.of("a"));
		await().atMost(PATIENCE).until(() -> writes.size() == 1);
		CompletableFuture<Void> queued = commit.submit(List.of("b"));
		CompletableFuture<Void> closing = CompletableFuture.runAsync(commit::close);

		firstWriteMayEnd.countDown();
		closing.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);

		queued.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
		assertThat(writes).containsExactly(List.of("a"), List.of("b"));
		assertThatThrownBy(() -> commit.submit(List.of("c")).get(PATIENCE.toSeconds(), TimeUnit.SECONDS))
			.hasCauseInstanceOf(IllegalStateException.class);
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

}
