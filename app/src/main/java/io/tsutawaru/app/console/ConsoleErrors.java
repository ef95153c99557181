package io.tsutawaru.app.console;

import io.tsutawaru.bot.HandOffNotFoundException;
import io.tsutawaru.bot.ReportNotFoundException;
import io.tsutawaru.bot.UnknownDepartmentException;
import io.tsutawaru.kb.FaqEntryNotFoundException;
import io.tsutawaru.kb.PhrasingNotFoundException;
import io.tsutawaru.notifier.NoticeNotFoundException;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A console page about something that does not exist is a "not found" page, not a server
 * error.
 */
@ControllerAdvice(basePackageClasses = ConsoleErrors.class)
class ConsoleErrors {

	@ExceptionHandler({ NoticeNotFoundException.class, FaqEntryNotFoundException.class, ReportNotFoundException.class,
			HandOffNotFoundException.class, RunReportNotFoundException.class, PhrasingNotFoundException.class })
	ModelAndView notFound() {
		ModelAndView page = new ModelAndView("error");
		page.addObject("status", 404);
		page.setStatus(HttpStatus.NOT_FOUND);
		return page;
	}

	/**
	 * Only a hand-made request names a department the form does not offer: the request
	 * was wrong, not the server.
	 */
	@ExceptionHandler(UnknownDepartmentException.class)
	ModelAndView badRequest() {
		ModelAndView page = new ModelAndView("error");
		page.addObject("status", 400);
		page.setStatus(HttpStatus.BAD_REQUEST);
		return page;
	}

}
