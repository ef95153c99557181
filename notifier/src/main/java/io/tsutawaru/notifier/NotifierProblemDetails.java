package io.tsutawaru.notifier;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Turns the notifier's domain exceptions into RFC 9457 problem details with a message staff can act on. */
@RestControllerAdvice(basePackages = "io.tsutawaru.notifier")
class NotifierProblemDetails {

	@ExceptionHandler
	ProblemDetail invalidRule(InvalidSegmentRuleException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
		problem.setTitle("Invalid segment rule");
		problem.setProperty("position", ex.position());
		return problem;
	}

	@ExceptionHandler
	ProblemDetail invalidEmail(InvalidEmailException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
		problem.setTitle("Invalid e-mail address");
		return problem;
	}

}
