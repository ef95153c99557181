package io.tsutawaru.notifier;

import java.time.Instant;
import java.util.Optional;

/**
 * How many residents opened an alert in LINE, as LINE counts them per aggregation unit
 * (issue 18): every emergency notice's multicasts carry the unit {@code notice_<id>}, and
 * the service asks LINE for that unit's opens.
 */
public interface LineOpens {

	/**
	 * LINE's unit name for a notice: at most 30 half-width letters, digits and
	 * underscores, as LINE requires.
	 */
	static String unit(long noticeId) {
		return "notice_" + noticeId;
	}

	/**
	 * Asks LINE now for the opens of the recent alerts (done every 15 minutes anyway).
	 */
	void countRecent();

	/**
	 * The last count LINE gave for the notice; empty before the first, and for notices
	 * that carry no unit.
	 */
	Optional<Opened> opened(long noticeId);

	/**
	 * @param residents residents who opened at least one of its messages; {@code null}
	 * when LINE withholds a small figure (it answers null rather than a count that could
	 * point at a person)
	 * @param countedAt when the service last asked LINE
	 */
	record Opened(Long residents, Instant countedAt) {
	}

}
