package io.tsutawaru.notifier.notice;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.tsutawaru.notifier.AlertStatus;
import io.tsutawaru.notifier.Channel;
import io.tsutawaru.notifier.InvalidNoticeException;
import io.tsutawaru.notifier.NoticeDraft;
import io.tsutawaru.notifier.Severity;

/** The JSON staff post; enumerations are lower-case words, checked here so a typo is a 400, not a 500. */
record NoticeRequest(String title, String body, String link, String severity, String status, String topic,
		List<String> channels, String segmentRule, Map<String, NoticeDraft.Translation> translations,
		List<String> areaNames, List<String> areaCodes, Instant sendAt, Instant expiresAt, Boolean draft) {

	NoticeDraft toDraft() {
		Set<Channel> chosen = new LinkedHashSet<>();
		for (String channel : channels == null ? List.<String>of() : channels) {
			chosen.add(value(Channel.class, channel, "channel"));
		}
		return new NoticeDraft(title, body, link, severity == null ? null : value(Severity.class, severity, "severity"),
				status == null ? null : value(AlertStatus.class, status, "status"), topic, chosen, segmentRule,
				translations, areaNames, areaCodes, sendAt, expiresAt, Boolean.TRUE.equals(draft));
	}

	private static <E extends Enum<E>> E value(Class<E> type, String word, String what) {
		try {
			return Enum.valueOf(type, word.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			throw new InvalidNoticeException("Unknown " + what + " '" + word + "'");
		}
	}

}
