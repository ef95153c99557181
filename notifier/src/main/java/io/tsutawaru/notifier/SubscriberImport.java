package io.tsutawaru.notifier;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Imports residents from an existing list (a city's old disaster e-mail list) as e-mail
 * subscribers, many at a time. The list only fills what is blank: a resident's own
 * choices (made on LINE, say) win over an old list, a confirmation is never taken back,
 * rows of one address (in any letter case) are one resident, and the same list imported
 * twice changes nothing the second time. Rows are written in JDBC batches, in the
 * caller's transaction.
 */
public interface SubscriberImport {

	/**
	 * Starts an import: reads the addresses already stored once, so each batch of rows is
	 * matched without scanning the table again. A batch whose transaction rolls back
	 * leaves the run's knowledge wrong: start again.
	 */
	Run begin();

	/** One import in progress. Not for several threads. */
	interface Run {

		/**
		 * Merges these checked rows (in file order) into the subscribers; says what
		 * became of them.
		 */
		Merged write(List<ListedSubscriber> rows);

	}

	/**
	 * One checked row of a list.
	 *
	 * @param email the address as written, trimmed
	 * @param area a district of the city ({@link AttributeCatalog#areas()}), or
	 * {@code null}
	 * @param ageBand an age band, or {@code null}
	 * @param language a language, or {@code null}
	 * @param interests topics, possibly empty
	 * @param confirmed whether the list says the resident confirmed the address
	 */
	record ListedSubscriber(String email, String area, String ageBand, String language, Set<String> interests,
			boolean confirmed) {

		public ListedSubscriber {
			interests = Set.copyOf(interests);
		}

		/**
		 * The address as duplicates are recognised: the same address in any letter case
		 * is one resident.
		 */
		public String key() {
			return email.toLowerCase(Locale.ROOT);
		}

	}

	/**
	 * What a batch of rows did.
	 *
	 * @param created new subscribers
	 * @param merged rows that filled in a stored subscriber, or repeated an address of
	 * the batch
	 * @param unchanged addresses already up to date
	 */
	record Merged(long created, long merged, long unchanged) {
	}

}
