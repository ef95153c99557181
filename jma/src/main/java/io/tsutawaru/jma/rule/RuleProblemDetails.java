package io.tsutawaru.jma.rule;

import io.tsutawaru.jma.InvalidJmaRuleException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * An invalid rule is a 400 problem naming the field at fault and what is wrong with it.
 */
@RestControllerAdvice(basePackageClasses = RuleProblemDetails.class)
class RuleProblemDetails {

	@ExceptionHandler
	ProblemDetail invalidRule(InvalidJmaRuleException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
		problem.setTitle("Invalid JMA rule");
		problem.setProperty("field", ex.field());
		problem.setProperty("code", ex.code());
		return problem;
	}

}
