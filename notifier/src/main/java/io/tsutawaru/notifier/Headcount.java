package io.tsutawaru.notifier;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Whom a notice to a segment would reach, per channel and per area, counted by the same
 * evaluation of the rule and the same choice of channels per resident as the delivery
 * plan ({@code RecipientChannels}), so a confirmation showing it cannot disagree with
 * what is sent. Residents on LINE without an active LINE account but with a confirmed
 * address are counted under e-mail, because the plan mails them.
 *
 * @param line residents who get it on LINE
 * @param email residents who get it by e-mail
 * @param residents residents who get it on at least one channel
 * @param areas the same per registered area, and one entry with a null area for residents
 * who registered none
 */
@Schema(description = "Whom a notice to a segment reaches, per channel and per area, counted as the delivery plan "
		+ "chooses channels per resident.")
public record Headcount(@Schema(description = "Residents who get it on LINE.") long line,
		@Schema(description = "Residents who get it by e-mail (including LINE residents who blocked the account but "
				+ "confirmed an address).") long email,
		@Schema(description = "Residents who get it on at least one channel.") long residents,
		@Schema(description = "Per area, registered areas first in the catalog's order; area null for residents who "
				+ "registered none.") List<Area> areas) {

	/**
	 * The residents of one area.
	 *
	 * @param area the area, or null for residents who registered no area
	 */
	@Schema(description = "The residents of one area; area null for residents who registered none.")
	public record Area(@Schema(nullable = true) String area, long line, long email, long residents) {
	}

	/** The totals, as the audience stored with a notice. */
	public Audience audience() {
		return new Audience(line, email, residents);
	}

}
