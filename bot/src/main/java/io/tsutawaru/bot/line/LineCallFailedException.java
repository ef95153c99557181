package io.tsutawaru.bot.line;

import com.linecorp.bot.client.base.exception.AbstractLineClientException;

/** A call to the LINE API failed, timed out or was refused; the message names the status, never the content. */
class LineCallFailedException extends RuntimeException {

	LineCallFailedException(Throwable cause) {
		super(describe(cause), cause);
	}

	private static String describe(Throwable cause) {
		if (cause instanceof AbstractLineClientException refused) {
			return "LINE answered " + refused.getCode();
		}
		return cause == null ? "unknown failure" : cause.getClass().getSimpleName();
	}

}
