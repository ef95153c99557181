package io.tsutawaru.batch.subscriber;

import java.util.Set;

/**
 * One checked row of a subscriber list.
 *
 * @param line      its line in the file
 * @param email     the address as written, trimmed
 * @param area      a district of the city, or {@code null}
 * @param ageBand   an age band, or {@code null}
 * @param language  a language, or {@code null}
 * @param interests topics, possibly empty
 * @param confirmed whether the file says the resident confirmed the address
 */
record SubscriberListRow(long line, String email, String area, String ageBand, String language, Set<String> interests,
		boolean confirmed) {

	SubscriberListRow {
		interests = Set.copyOf(interests);
	}

	/** The address as duplicates are recognised: the same address in any letter case is one resident. */
	String key() {
		return email.toLowerCase(java.util.Locale.ROOT);
	}

}
