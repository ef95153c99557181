package io.tsutawaru.notifier;

import java.util.Map;

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
 */
@Schema(description = "The answers to a notice that asks (confirmation acknowledge or safety).")
public record Responses(long asked, long acknowledged, long safe, long needHelp, long noAnswer, @Schema(
		description = "The same figures per registered area; key unset for residents who registered none.") Map<String, Area> byArea) {

	/** The area of residents who registered none. */
	public static final String UNSET = "unset";

	/** The figures of one area. */
	@Schema(name = "ResponsesOfArea")
	public record Area(long asked, long acknowledged, long safe, long needHelp, long noAnswer) {
	}

}
