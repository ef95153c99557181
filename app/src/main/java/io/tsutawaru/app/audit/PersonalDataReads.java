package io.tsutawaru.app.audit;

import java.util.Collection;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Records who read which residents' personal data (a hand-off, a report, its photo, or a list of them), with the
 * records' ids and never their content. Pages call it before they show the data: a reading that cannot be recorded
 * fails the page rather than going unrecorded.
 */
@Component
public class PersonalDataReads {

	private final StaffActions actions;

	PersonalDataReads(StaffActions actions) {
		this.actions = actions;
	}

	/**
	 * @param reader the member of staff
	 * @param request the page or file asked for; its path (without the query) is recorded
	 * @param subjects the records shown, by kind and id, e.g. {@code handoff:12}; a list with none shown is recorded
	 *        too (someone looked)
	 */
	public void record(Authentication reader, HttpServletRequest request, Collection<String> subjects) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		actions.record(new StaffAction(StaffActions.now(), reader.getName(), StaffActions.READ, path, 200,
				subjects.stream().collect(Collectors.joining(","))));
	}

}
