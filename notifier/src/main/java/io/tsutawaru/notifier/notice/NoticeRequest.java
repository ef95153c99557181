package io.tsutawaru.notifier.notice;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.tsutawaru.notifier.AlertStatus;
import io.tsutawaru.notifier.Channel;
import io.tsutawaru.notifier.Confirmation;
import io.tsutawaru.notifier.InvalidNoticeException;
import io.tsutawaru.notifier.InvalidNoticeException.Problem;
import io.tsutawaru.notifier.NoticeDraft;
import io.tsutawaru.notifier.NoticeKind;
import io.tsutawaru.notifier.Severity;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/**
 * The JSON staff post; enumerations are lower-case words, checked here so a typo is a
 * 400, not a 500.
 */
@Schema(description = "A notice as staff write it. An update of a notice that went out changes only title, body, "
		+ "link, translations and expiresAt; before that it replaces the whole notice.")
record NoticeRequest(@Schema(requiredMode = REQUIRED, maxLength = 200, example = "大雨警報") String title,
		@Schema(requiredMode = REQUIRED, example = "川に近づかないでください。") String body,
		@Schema(description = "A page with more information.", format = "uri") String link,
		@Schema(description = "Only emergency staff may send emergency.", defaultValue = "info", allowableValues = {
				"info", "warning", "emergency" }) String severity,
		@Schema(description = "CAP status (answered as alertStatus): exercise is marked 【訓練】 on every channel; "
				+ "test goes only to the configured test group.", defaultValue = "actual",
				allowableValues = { "actual", "exercise", "test" }) String status,
		@Schema(example = "防災") String topic,
		@Schema(description = "What the notice is: CAP's event and category, L-Alert's category and the wording of its "
				+ "update and cancellation come from it. Clients that send none write a general notice.",
				defaultValue = "general",
				allowableValues = { "general", "evacuation-order", "elderly-evacuation", "shelter-open",
						"weather-warning", "water-outage", "earthquake", "tsunami", "volcano", "landslide", "flood",
						"tornado" }) String kind,
		@ArraySchema(arraySchema = @Schema(requiredMode = REQUIRED, description = "Where it goes."), minItems = 1,
				schema = @Schema(allowableValues = { "line", "email", "website", "cap", "lalert",
						"radio" })) List<String> channels,
		@Schema(description = "Who receives it on LINE and by e-mail, in the segment rule language.",
				defaultValue = "all", example = "area in (\"北部\", \"中央\") and \"子育て\" in interests") String segmentRule,
		@Schema(description = "Title and body per language (en, easy-ja).") Map<String, NoticeDraft.Translation> translations,
		@ArraySchema(arraySchema = @Schema(description = "CAP area description."),
				schema = @Schema(example = "北部")) List<String> areaNames,
		@ArraySchema(
				arraySchema = @Schema(
						description = "JIS X 0402 municipality codes of the area, used by CAP " + "and L-Alert."),
				schema = @Schema(pattern = "^\\d{5,6}$", example = "131016")) List<String> areaCodes,
		@Schema(description = "When to send; absent for now.") Instant sendAt,
		@Schema(description = "When the notice stops being current (website banner, CAP expires); absent for never.") Instant expiresAt,
		@Schema(description = "true keeps it as a draft instead of submitting it.",
				defaultValue = "false") Boolean draft,
		@Schema(description = "What residents are asked to answer: nothing, an acknowledgement (確認しました) or a safety "
				+ "answer (無事です / 支援が必要です). LINE carries buttons, e-mail a signed link per resident; the website "
				+ "asks nothing. Answers: GET /api/notices/{id}/responses.", defaultValue = "none",
				allowableValues = { "none", "acknowledge", "safety" }) String confirmation,
		@Schema(description = "Residents who have not answered after this many minutes get the notice again on their "
				+ "other channels (e-mail when LINE went unanswered). Needs a confirmation; absent for never.",
				minimum = "1", maximum = "1440", example = "30") Integer escalateAfterMinutes){

	NoticeDraft toDraft() {
		Set<Channel> chosen = new LinkedHashSet<>();
		for (String channel : channels == null ? List.<String>of() : channels) {
			chosen.add(value(Channel.class, channel, "channel"));
		}
		noNulls("areaNames", areaNames);
		noNulls("areaCodes", areaCodes);
		if (translations != null) {
			translations.forEach((language, translation) -> {
				if (translation == null) {
					throw new InvalidNoticeException(Problem.TRANSLATION_INCOMPLETE, "translations." + language, -1,
							language);
				}
			});
		}
		return new NoticeDraft(title, body, link, severity == null ? null : value(Severity.class, severity, "severity"),
				status == null ? null : value(AlertStatus.class, status, "status"), topic, chosen, segmentRule,
				translations, areaNames, areaCodes, sendAt, expiresAt, Boolean.TRUE.equals(draft), noticeKind())
			.asking(askedConfirmation(), escalateAfterMinutes);
	}

	private Confirmation askedConfirmation() {
		if (confirmation == null) {
			return Confirmation.NONE;
		}
		try {
			return Confirmation.of(confirmation.strip().toLowerCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidNoticeException(InvalidNoticeException.Problem.UNKNOWN_CONFIRMATION, "confirmation", -1,
					confirmation);
		}
	}

	private NoticeKind noticeKind() {
		if (kind == null) {
			return NoticeKind.GENERAL;
		}
		try {
			return NoticeKind.of(kind.strip().toLowerCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidNoticeException(Problem.UNKNOWN_KIND, "kind", -1, kind);
		}
	}

	/**
	 * JSON may hold {@code null} where a list holds text; the notice's own lists never
	 * do.
	 */
	private static void noNulls(String field, List<String> values) {
		if (values != null && values.contains(null)) {
			int at = values.indexOf(null);
			throw new InvalidNoticeException(Problem.NULL_ENTRY, field + "[" + at + "]", -1, field + "[" + at + "]");
		}
	}

	private static <E extends Enum<E>> E value(Class<E> type, String word, String what) {
		try {
			return Enum.valueOf(type, word.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			throw new InvalidNoticeException(Problem.UNKNOWN_VALUE, what, -1, what, word);
		}
	}

}
