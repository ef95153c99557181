package io.tsutawaru.app.console;

import io.tsutawaru.notifier.LineOpens;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Gives a notice's page LINE's count of the residents who opened it (issue 18), shown
 * beside those it was delivered to. An advice rather than a line of
 * {@link NoticesController}, so the page's other figures stay as they were.
 */
@ControllerAdvice(assignableTypes = NoticesController.class)
class LineOpensAdvice {

	private final LineOpens opens;

	LineOpensAdvice(LineOpens opens) {
		this.opens = opens;
	}

	/**
	 * The last count, or {@code null} before LINE was first asked (and on pages of no
	 * single notice).
	 */
	@ModelAttribute("lineOpened")
	LineOpens.Opened lineOpened(@PathVariable(name = "id", required = false) Long id) {
		return id == null ? null : opens.opened(id).orElse(null);
	}

}
