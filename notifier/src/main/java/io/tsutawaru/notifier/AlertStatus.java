package io.tsutawaru.notifier;

/**
 * CAP's status of a notice: a real one, a drill (marked 【訓練】 on every channel) or a test
 * (sent only to the configured test group). All three go through the same production
 * path.
 */
public enum AlertStatus {

	ACTUAL, EXERCISE, TEST

}
