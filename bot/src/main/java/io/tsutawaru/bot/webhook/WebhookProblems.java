package io.tsutawaru.bot.webhook;

import java.net.URI;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Turns a rejected webhook call into an RFC 9457 problem detail; never a 500 for what the
 * caller sent.
 */
@RestControllerAdvice(assignableTypes = WebhookController.class)
class WebhookProblems {

	private static final Logger log = LoggerFactory.getLogger(WebhookProblems.class);

	@ExceptionHandler(WebhookRejectedException.class)
	ResponseEntity<ProblemDetail> rejected(WebhookRejectedException ex) {
		var reason = ex.reason();
		log.info("Webhook rejected: {} ({})", reason.title, ex.getMessage());
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(reason.status, ex.getMessage());
		problem.setTitle(reason.title);
		problem.setType(URI.create("urn:tsutawaru:bot:webhook:" + reason.name().toLowerCase().replace('_', '-')));
		var response = ResponseEntity.status(reason.status);
		if (reason == WebhookRejectedException.Reason.BUSY) {
			// LINE redelivers failed webhooks on its own schedule; the header tells any
			// other caller when to retry.
			response.header(HttpHeaders.RETRY_AFTER, "5");
		}
		return response.body(problem);
	}

}
