package io.tsutawaru.kb.cli;

/** The command line was not understood; the message says how. */
final class UsageException extends RuntimeException {

	UsageException(String message) {
		super(message);
	}

}
