package io.tsutawaru.notifier;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The answers to a notice that asks: how many residents it asks (as its segment counts
 * them now), how many answered what, how many not yet, in all and per area. Other tools
 * read these names; they do not change.
 *
 * @param asked residents the notice reaches
 * @param acknowledged answered 確認しました
 * @param safe answered 無事です
 * @param needHelp answered 支援が必要です
 * @param noAnswer asked and not answered
 * @param byArea the same per registered area; {@code unset} for residents who registered
 * none
 * @param escalated who was reached again on another channel; null (absent) until the
 * notice's escalation starts
 */
@Schema(description = "The answers to a notice that asks (confirmation acknowledge or safety).")
public record Responses(long asked, long acknowledged, long safe, long needHelp, long noAnswer, @Schema(
		description = "The same figures per registered area; key unset for residents who registered none.") Map<String, Area> byArea,
		@Schema(description = "Residents reached again on their other channel after the notice's escalateAfterMinutes "
				+ "without an answer; absent until the escalation starts.") @JsonInclude(JsonInclude.Include.NON_NULL) Escalated escalated) {

	/** The tally before (or without) an escalation. */
	public Responses(long asked, long acknowledged, long safe, long needHelp, long noAnswer, Map<String, Area> byArea) {
		this(asked, acknowledged, safe, needHelp, noAnswer, byArea, null);
	}

	/** The area of residents who registered none. */
	public static final String UNSET = "unset";

	/** The figures of one area. */
	@Schema(name = "ResponsesOfArea")
	public record Area(long asked, long acknowledged, long safe, long needHelp, long noAnswer) {
	}

	/**
	 * An escalation: residents who had not answered, reached again.
	 *
	 * @param email sent the e-mail (reached on LINE before), as the ledger counts it
	 * @param line sent the LINE message (reached by e-mail before), as the ledger counts
	 * it
	 * @param noOtherChannel unanswered residents with no other channel to reach them on
	 * @param finished whether every resident is planned (the sending may go on)
	 */
	@Schema(name = "ResponsesEscalated")
	public record Escalated(long email, long line, long noOtherChannel, boolean finished) {
	}

}
