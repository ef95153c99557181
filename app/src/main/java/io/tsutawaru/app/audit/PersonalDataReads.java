package io.tsutawaru.app.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Records who read which residents' personal data (a hand-off, a report, its photo, or a
 * list of them), with the records' ids and never their content. Pages call it before they
 * show the data: a reading that cannot be recorded fails the page rather than going
 * unrecorded.
 */
@Component
public class PersonalDataReads {

	/** What the {@code subjects} column holds. */
	static final int SUBJECTS_PER_ROW = 4000;

	private final StaffActions actions;

	PersonalDataReads(StaffActions actions) {
		this.actions = actions;
	}

	/**
	 * @param reader the member of staff
	 * @param request the page or file asked for; its path (without the query) is recorded
	 * @param subjects the records shown, by kind and id, e.g. {@code handoff:12}; a list
	 * with none shown is recorded too (someone looked)
	 */
	public void record(Authentication reader, HttpServletRequest request, Collection<String> subjects) {
		record(reader, request.getRequestURI().substring(request.getContextPath().length()), subjects);
	}

	/**
	 * The same, for records sent later on a stream the page opened at {@code path} (its
	 * request is no longer at hand).
	 */
	public void record(Authentication reader, String path, Collection<String> subjects) {
		Instant at = StaffActions.now();
		for (String some : rows(subjects)) {
			actions.record(new StaffAction(at, reader.getName(), StaffActions.READ, path, 200, some));
		}
	}

	/**
	 * The subjects as comma-separated lists that each fit one row's column: a page that
	 * shows many records (a list and its map) is recorded in as many rows as it takes,
	 * never cut off. At least one row, empty when nothing was shown.
	 */
	static List<String> rows(Collection<String> subjects) {
		List<String> rows = new ArrayList<>();
		StringBuilder row = new StringBuilder();
		for (String subject : subjects) {
			if (!row.isEmpty() && row.length() + 1 + subject.length() > SUBJECTS_PER_ROW) {
				rows.add(row.toString());
				row.setLength(0);
			}
			row.append(row.isEmpty() ? "" : ",").append(subject);
		}
		rows.add(row.toString());
		return rows;
	}

}
