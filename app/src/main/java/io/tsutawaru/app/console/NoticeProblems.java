package io.tsutawaru.app.console;

import jakarta.servlet.http.HttpServletRequest;

import io.tsutawaru.batch.InvalidJobParametersException;
import io.tsutawaru.batch.InvalidScheduleException;
import io.tsutawaru.notifier.CodedProblem;
import io.tsutawaru.notifier.InvalidSegmentRuleException;

import org.springframework.context.MessageSource;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Turns what the notifier (or the recurring-broadcast schedules, or a hand-off reply)
 * refused into a message on the form staff were filling in, in their language, so that
 * nothing they typed is lost. Anything else is a fault of ours and goes on to the error
 * page.
 */
final class NoticeProblems {

	private NoticeProblems() {
	}

	static String describe(RuntimeException ex) {
		// The request's application context is the console's MessageSource; the locale is
		// the staff's choice.
		HttpServletRequest request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes())
			.getRequest();
		MessageSource messages = RequestContextUtils.findWebApplicationContext(request);
		if (ex instanceof InvalidSegmentRuleException rule) {
			return SegmentRuleWords.describe(rule, messages, RequestContextUtils.getLocale(request));
		}
		if (ex instanceof CodedProblem problem) {
			return ProblemWords.describe(problem, messages, RequestContextUtils.getLocale(request));
		}
		if (ex instanceof InvalidScheduleException schedule) {
			// A recurring broadcast: its notice's refusal is the notifier's, its
			// recurrence's
			// its own.
			if (schedule.getCause() instanceof CodedProblem problem) {
				return ProblemWords.describe(problem, messages, RequestContextUtils.getLocale(request));
			}
			return messages.getMessage("schedule.problem." + schedule.reason().name(), null,
					RequestContextUtils.getLocale(request));
		}
		if (ex instanceof InvalidJobParametersException) {
			return ex.getMessage();
		}
		throw ex;
	}

}
