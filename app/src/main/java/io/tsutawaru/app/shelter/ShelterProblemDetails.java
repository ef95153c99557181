package io.tsutawaru.app.shelter;

import io.tsutawaru.shelters.UnknownShelterException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A bad status is a 400 problem naming the field; an unknown shelter a 404. */
@RestControllerAdvice(basePackageClasses = ShelterProblemDetails.class)
class ShelterProblemDetails {

	@ExceptionHandler
	ProblemDetail invalid(InvalidShelterStatusException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
		problem.setTitle("Invalid shelter status");
		problem.setProperty("field", ex.field());
		return problem;
	}

	@ExceptionHandler
	ProblemDetail unknown(UnknownShelterException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
		problem.setTitle("Unknown shelter");
		return problem;
	}

}
