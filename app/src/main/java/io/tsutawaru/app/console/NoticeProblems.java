package io.tsutawaru.app.console;

import jakarta.servlet.http.HttpServletRequest;

import io.tsutawaru.batch.InvalidJobParametersException;
import io.tsutawaru.notifier.InvalidNoticeException;
import io.tsutawaru.notifier.InvalidSegmentRuleException;
import io.tsutawaru.notifier.NoticeForbiddenException;
import io.tsutawaru.notifier.NoticeStateException;

import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Turns what the notifier (or the recurring-broadcast schedules) refused into a message on the form staff were filling in, so that nothing they typed is
 * lost. Anything else is a fault of ours and goes on to the error page.
 */
final class NoticeProblems {

	private NoticeProblems() {
	}

	static String describe(RuntimeException ex) {
		if (ex instanceof InvalidSegmentRuleException rule) {
			// The request's application context is the console's MessageSource; the locale is the staff's choice.
			HttpServletRequest request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
			return SegmentRuleWords.describe(rule, RequestContextUtils.findWebApplicationContext(request),
					RequestContextUtils.getLocale(request));
		}
		if (ex instanceof InvalidNoticeException || ex instanceof NoticeForbiddenException
				|| ex instanceof NoticeStateException || ex instanceof InvalidJobParametersException) {
			return ex.getMessage();
		}
		throw ex;
	}

}
