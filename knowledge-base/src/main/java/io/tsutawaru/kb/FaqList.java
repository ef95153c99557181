package io.tsutawaru.kb;

import java.time.Instant;
import java.util.List;

/**
 * The FAQ entries as staff look through them: a page at a time, searched, sorted and
 * filtered to the ones that need editing, each with residents' feedback. Paged by the
 * database, however many entries a city has.
 */
public interface FaqList {

	/**
	 * @param query what to show
	 * @return the page asked for, with how many entries match and how many need editing
	 * in all
	 */
	Page page(Query query);

	/** How the list is ordered. */
	enum Order {

		/** By id, numbers as numbers: kosodate-2 before kosodate-10. */
		ID,
		/** By category (entries without one last), then by id as {@link #ID}. */
		CATEGORY

	}

	/**
	 * @param search words looked for in the id, question, answer and category (ignoring
	 * case); blank for all
	 * @param order the order
	 * @param needsEditingOnly only the entries that need editing
	 * @param offset entries to skip
	 * @param limit at most this many entries
	 */
	record Query(String search, Order order, boolean needsEditingOnly, long offset, int limit) {
	}

	/**
	 * @param total entries that match the search and filter
	 * @param needsEditing entries that need editing, of those matching the search
	 * @param entries the page
	 */
	record Page(long total, long needsEditing, List<Listing> entries) {
	}

	/**
	 * One entry as the list shows it. It needs editing when its text still holds a shared
	 * template's parts ({@link TemplateText}), or when a resident answered 「解決しない」 to it
	 * since it was last changed.
	 *
	 * @param templateText whether the question or answer holds a template's text
	 * @param solved residents who said the answer solved their problem
	 * @param unsolved residents who said it did not
	 * @param unsolvedSinceEdit of {@code unsolved}, those given after the entry was last
	 * changed
	 */
	record Listing(String id, String question, String category, String department, boolean published, Instant updatedAt,
			boolean templateText, long solved, long unsolved, long unsolvedSinceEdit) {

		/**
		 * @return whether staff should look at this entry again
		 */
		public boolean needsEditing() {
			return templateText || unsolvedSinceEdit > 0;
		}
	}

}
