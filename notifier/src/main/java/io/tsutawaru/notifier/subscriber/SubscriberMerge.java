package io.tsutawaru.notifier.subscriber;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import io.tsutawaru.notifier.SubscriberImport.ListedSubscriber;

/**
 * How a list row meets what is already known of the same address. The list only fills
 * what is blank: a resident's own choices (made on LINE, say) win over an old list, a
 * confirmation is never taken back, and the same file imported twice changes nothing the
 * second time.
 */
final class SubscriberMerge {

	private SubscriberMerge() {
	}

	/** A subscriber already stored with this address. */
	record Existing(long id, boolean confirmed, String area, String ageBand, String language, Set<String> interests) {
	}

	/** What to do with one address. */
	sealed interface Change {

	}

	/** A new e-mail subscriber. */
	record Insert(ListedSubscriber row) implements Change {
	}

	/** Fill in what the stored subscriber lacked. */
	record Update(long id, boolean confirmed, String area, String ageBand, String language,
			Set<String> interests) implements Change {
	}

	/** Nothing new. */
	record Unchanged() implements Change {
	}

	/**
	 * The rows of one address in file order, as one row: earlier values win, interests
	 * add up, confirmed if any says so.
	 */
	static ListedSubscriber combine(List<ListedSubscriber> sameAddress) {
		ListedSubscriber first = sameAddress.get(0);
		String area = null, ageBand = null, language = null;
		Set<String> interests = new LinkedHashSet<>();
		boolean confirmed = false;
		for (ListedSubscriber row : sameAddress) {
			area = area != null ? area : row.area();
			ageBand = ageBand != null ? ageBand : row.ageBand();
			language = language != null ? language : row.language();
			interests.addAll(row.interests());
			confirmed |= row.confirmed();
		}
		return new ListedSubscriber(first.email(), area, ageBand, language, interests, confirmed);
	}

	/**
	 * The change a row makes to the stored subscriber, or an insert when there is none.
	 */
	static Change against(Existing existing, ListedSubscriber row) {
		if (existing == null) {
			return new Insert(row);
		}
		boolean confirmed = existing.confirmed() || row.confirmed();
		String area = existing.area() != null ? existing.area() : row.area();
		String ageBand = existing.ageBand() != null ? existing.ageBand() : row.ageBand();
		String language = existing.language() != null ? existing.language() : row.language();
		Set<String> interests = existing.interests().isEmpty() ? row.interests() : existing.interests();
		if (confirmed == existing.confirmed() && Objects.equals(area, existing.area())
				&& Objects.equals(ageBand, existing.ageBand()) && Objects.equals(language, existing.language())
				&& interests.equals(existing.interests())) {
			return new Unchanged();
		}
		return new Update(existing.id(), confirmed, area, ageBand, language, interests);
	}

}
