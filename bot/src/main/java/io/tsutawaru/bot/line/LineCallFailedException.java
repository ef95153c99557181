package io.tsutawaru.bot.line;

import com.linecorp.bot.client.base.exception.AbstractLineClientException;

/**
 * A call to the LINE API failed, timed out or was refused; the message names the status,
 * never the content.
 */
class LineCallFailedException extends RuntimeException {

	private final int status;

	private final String requestId;

	LineCallFailedException(Throwable cause) {
		super(describe(cause), cause);
		this.status = cause instanceof AbstractLineClientException refused ? refused.getCode() : 0;
		this.requestId = cause instanceof AbstractLineClientException refused ? refused.getRequestId() : null;
	}

	/**
	 * Whether trying again may help: LINE failed on its side, or the call never got an
	 * answer.
	 */
	boolean worthRetrying() {
		return status == 0 || status >= 500;
	}

	/** LINE's 409 to a retried push: the same retry key was accepted before. */
	boolean alreadyAccepted() {
		return status == 409;
	}

	String requestId() {
		return requestId;
	}

	private static String describe(Throwable cause) {
		if (cause instanceof AbstractLineClientException refused) {
			return "LINE answered " + refused.getCode();
		}
		return cause == null ? "unknown failure" : cause.getClass().getSimpleName();
	}

}
