package io.tsutawaru.batch.retention;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Run dates for the retention job that never repeat. Spring Batch refuses to launch a job
 * again with parameters it has completed with, and the tests' job repository outlives a
 * test (H2 for the whole JVM, the test PostgreSQL across runs): a date drawn at random
 * for each launch met an earlier one now and then and failed the test.
 */
final class UniqueRunDates {

	private static final LocalDate FIRST = LocalDate.of(2001, 1, 1);

	/**
	 * A random start for each JVM, so that runs sharing one PostgreSQL rarely meet; then
	 * one day further for each launch: 2001 plus some 2,800,000 days stays within
	 * four-digit years.
	 */
	private static final AtomicLong NEXT = new AtomicLong(ThreadLocalRandom.current().nextLong(2_800_000));

	private UniqueRunDates() {
	}

	static String next() {
		return FIRST.plusDays(NEXT.getAndIncrement()).toString();
	}

}
