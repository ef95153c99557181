package io.tsutawaru.notifier;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Turns the notifier's domain exceptions into RFC 9457 problem details with a message
 * staff can act on: an English detail, and for a {@link CodedProblem} its code and
 * arguments.
 */
@RestControllerAdvice(basePackages = "io.tsutawaru.notifier")
class NotifierProblemDetails {

	@ExceptionHandler
	ProblemDetail invalidRule(InvalidSegmentRuleException ex) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid segment rule", ex);
		problem.setProperty("position", ex.position());
		return problem;
	}

	@ExceptionHandler
	ProblemDetail invalidNotice(InvalidNoticeException ex) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid notice", ex);
		if (ex.field() != null) {
			problem.setProperty("field", ex.field());
		}
		if (ex.position() >= 0) {
			problem.setProperty("position", ex.position());
		}
		return problem;
	}

	@ExceptionHandler
	ProblemDetail notFound(NoticeNotFoundException ex) {
		return problem(HttpStatus.NOT_FOUND, "Notice not found", ex);
	}

	@ExceptionHandler
	ProblemDetail forbidden(NoticeForbiddenException ex) {
		return problem(HttpStatus.FORBIDDEN, "Not allowed", ex);
	}

	@ExceptionHandler
	ProblemDetail conflict(NoticeStateException ex) {
		return problem(HttpStatus.CONFLICT, "Not possible in the notice's current state", ex);
	}

	private static ProblemDetail problem(HttpStatus status, String title, RuntimeException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, ex.getMessage());
		problem.setTitle(title);
		if (ex instanceof CodedProblem coded) {
			// A stable code and its values, so that a client (the console) can say it in
			// its reader's language; the
			// detail stays the English text clients already read.
			problem.setProperty("code", coded.code());
			problem.setProperty("arguments", coded.arguments());
		}
		return problem;
	}

	@ExceptionHandler
	ProblemDetail invalidEmail(InvalidEmailException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
		problem.setTitle("Invalid e-mail address");
		return problem;
	}

}
