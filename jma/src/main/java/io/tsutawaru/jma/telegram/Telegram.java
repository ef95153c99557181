package io.tsutawaru.jma.telegram;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * One of JMA's disaster XML telegrams, as read by {@link TelegramParser}.
 *
 * @param title {@code Control/Title}, e.g. 震度速報, 気象特別警報・警報・注意報
 * @param headTitle {@code Head/Title}, e.g. 奈良県気象警報・注意報, 火山名 御嶽山 噴火速報
 * @param infoKind {@code Head/InfoKind}, e.g. 震度速報, 地震情報, 気象警報・注意報
 * @param infoType issued, corrected or cancelled
 * @param status normal, exercise or test
 * @param eventId {@code Head/EventID}: the event every report, correction and
 * cancellation of it shares
 * @param serial {@code Head/Serial}, empty when the telegram has none
 * @param reportDateTime {@code Head/ReportDateTime}: when JMA issued it
 * @param headline {@code Head/Headline/Text}, empty when none
 * @param text the body's text for people (comments, forecast and activity text, a
 * cancellation's explanation), one paragraph per line; empty when none
 * @param areas the areas with their levels, in the telegram's order
 * @param hypocenter the earthquake's hypocentre area, empty when not an earthquake report
 * or not yet known
 * @param magnitude the earthquake's magnitude as written (6.1), empty when not given
 */
public record Telegram(String title, String headTitle, String infoKind, InfoType infoType, TelegramStatus status,
		String eventId, String serial, OffsetDateTime reportDateTime, String headline, String text,
		List<TelegramArea> areas, String hypocenter, String magnitude) {

	public Telegram {
		areas = List.copyOf(areas);
	}

	/** The kind, when rules can name it. */
	public Optional<TelegramKind> kind() {
		return TelegramKind.of(infoKind);
	}

}
