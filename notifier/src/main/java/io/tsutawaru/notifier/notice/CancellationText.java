package io.tsutawaru.notifier.notice;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import io.tsutawaru.notifier.AttributeCatalog;
import io.tsutawaru.notifier.NoticeDraft;
import io.tsutawaru.notifier.NoticeDraft.Translation;
import io.tsutawaru.notifier.NoticeKind;
import io.tsutawaru.notifier.NoticeWords;

import org.springframework.stereotype.Component;

/**
 * The words of a cancellation: what it cancels (the kind and its areas, or a general
 * notice's title), when that was issued, in the city's time, and why — never the
 * cancelled text, whose instructions must not go out a second time. The words come from
 * {@code cancel.*} of {@link NoticeWords}, a kind's own wording first, in Japanese and in
 * every language the notice was written in, areas named in that language; the reason is
 * what staff typed, in every language. They are written once, when the cancellation is
 * published, and stored as that version's text, so every channel sends a cancellation as
 * it sends any version and none can fall back on the cancelled text.
 */
@Component
class CancellationText {

	/** notice_revisions.title holds 200 characters. */
	private static final int TITLE_LIMIT = 200;

	private final Clock clock;

	private final AttributeCatalog catalog;

	CancellationText(Clock clock, AttributeCatalog catalog) {
		this.clock = clock;
		this.catalog = catalog;
	}

	/**
	 * @param cancelled the notice as it was last published
	 * @param issued when it was first published
	 * @param reason why it is cancelled, as staff typed it
	 * @return the notice with the cancellation's title, body and translations in place of
	 * its own
	 */
	NoticeDraft of(NoticeDraft cancelled, Instant issued, String reason) {
		Translation japanese = text(cancelled, "ja", issued, reason);
		Map<String, Translation> translations = new LinkedHashMap<>();
		for (String language : cancelled.translations().keySet()) {
			translations.put(language, text(cancelled, language, issued, reason));
		}
		return new NoticeDraft(japanese.title(), japanese.body(), cancelled.link(), cancelled.severity(),
				cancelled.status(), cancelled.topic(), cancelled.channels(), cancelled.segmentRule(), translations,
				cancelled.areaNames(), cancelled.areaCodes(), cancelled.sendAt(), cancelled.expiresAt(), false,
				cancelled.kind());
	}

	private Translation text(NoticeDraft notice, String language, Instant issued, String reason) {
		NoticeKind kind = notice.kind();
		String title = "ja".equals(language) ? notice.title() : notice.translations().get(language).title();
		String areas = notice.areaNames()
			.stream()
			.map(area -> catalog.areaName(area, language))
			.collect(Collectors.joining(NoticeWords.text(language, "areas.separator")));
		String label = kind.label(language);
		Map<String, String> values = new LinkedHashMap<>(Map.of("title", title, "kind", label, "kindLower",
				label.toLowerCase(Locale.ROOT), "areas", areas, "reason", reason, "time", time(issued, language)));
		String variant = kind == NoticeKind.GENERAL ? "" : areas.isEmpty() ? ".kind" : ".kind-in-areas";
		values.put("what", NoticeWords.text(language, "cancel.what" + variant, values));
		String heading = NoticeWords.text(language, "cancel.title" + variant, values);
		String body = NoticeWords.text(language, List.of("cancel.body." + kind.id(), "cancel.body"), values);
		return new Translation(shorten(heading), body);
	}

	private String time(Instant issued, String language) {
		Locale locale = "en".equals(language) ? Locale.ENGLISH : Locale.JAPANESE;
		return DateTimeFormatter.ofPattern(NoticeWords.text(language, "time.pattern"), locale)
			.format(issued.atZone(clock.getZone()));
	}

	private static String shorten(String title) {
		if (title.length() <= TITLE_LIMIT) {
			return title;
		}
		int end = TITLE_LIMIT - 1;
		if (Character.isHighSurrogate(title.charAt(end - 1))) {
			end--;
		}
		return title.substring(0, end) + "…";
	}

}
