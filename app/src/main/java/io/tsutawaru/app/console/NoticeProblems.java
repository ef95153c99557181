package io.tsutawaru.app.console;

import io.tsutawaru.batch.InvalidJobParametersException;
import io.tsutawaru.notifier.InvalidNoticeException;
import io.tsutawaru.notifier.InvalidSegmentRuleException;
import io.tsutawaru.notifier.NoticeForbiddenException;
import io.tsutawaru.notifier.NoticeStateException;

/**
 * Turns what the notifier (or the recurring-broadcast schedules) refused into a message on the form staff were filling in, so that nothing they typed is
 * lost. Anything else is a fault of ours and goes on to the error page.
 */
final class NoticeProblems {

	private NoticeProblems() {
	}

	static String describe(RuntimeException ex) {
		if (ex instanceof InvalidSegmentRuleException || ex instanceof InvalidNoticeException || ex instanceof NoticeForbiddenException
				|| ex instanceof NoticeStateException || ex instanceof InvalidJobParametersException) {
			return ex.getMessage();
		}
		throw ex;
	}

}
