package io.tsutawaru.bot.webhook;

import org.springframework.http.HttpStatus;

/** A webhook call the bot will not process; nothing of it was acted on. */
class WebhookRejectedException extends RuntimeException {

	/** Why, with the status LINE (or whoever called) gets. */
	enum Reason {

		MISSING_SIGNATURE(HttpStatus.BAD_REQUEST, "Missing signature"),
		INVALID_SIGNATURE(HttpStatus.BAD_REQUEST, "Invalid signature"),
		MALFORMED(HttpStatus.BAD_REQUEST, "Malformed webhook body"),
		TOO_LARGE(HttpStatus.CONTENT_TOO_LARGE, "Webhook body too large"),
		NOT_JSON(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Webhook body must be application/json"),
		BUSY(HttpStatus.SERVICE_UNAVAILABLE, "Events cannot be queued now");

		final HttpStatus status;

		final String title;

		Reason(HttpStatus status, String title) {
			this.status = status;
			this.title = title;
		}

	}

	private final Reason reason;

	WebhookRejectedException(Reason reason, String detail) {
		super(detail);
		this.reason = reason;
	}

	Reason reason() {
		return reason;
	}

}
