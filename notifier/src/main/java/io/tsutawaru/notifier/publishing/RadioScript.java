package io.tsutawaru.notifier.publishing;

import java.util.Comparator;
import java.util.Map;
import java.util.regex.Pattern;

import io.tsutawaru.notifier.AlertStatus;
import io.tsutawaru.notifier.NoticeWords;
import io.tsutawaru.notifier.PublishedNotice;
import io.tsutawaru.notifier.PublishedNotice.MessageType;
import io.tsutawaru.text.DocumentText;

/**
 * What the disaster radio's speech engine reads out: the city's call sign, 訓練 said aloud
 * for drills (at the start and the end, as broadcast rules ask), the headline and a
 * shortened body, without URLs or brackets a voice cannot read, and with configured
 * readings for place names the engine gets wrong. An update says what it follows up; a
 * cancellation reads its own text (what is cancelled, when it was issued, why). The radio
 * speaks Japanese only: its loudspeakers reach everyone in the area at once, so there is
 * no one listener's language to choose.
 */
final class RadioScript {

	private static final int BODY_LIMIT = 300;

	private static final Pattern URL = Pattern.compile("https?://\\S+|www\\.\\S+");

	private static final Pattern MARKS = Pattern.compile("[【】\\[\\]「」『』<>＜＞()（）*#＊＃]");

	private static final Pattern SPACE = Pattern.compile("\\s+");

	private RadioScript() {
	}

	static String of(PublishedNotice notice, String senderName, Map<String, String> readings) {
		boolean drill = notice.content().status() != AlertStatus.ACTUAL;
		String drillWord = notice.content().status() == AlertStatus.TEST ? "これは試験放送です。" : "これは訓練です。";
		StringBuilder text = new StringBuilder("こちらは、").append(senderName).append("です。");
		if (drill) {
			text.append(drillWord);
		}
		if (notice.type() == MessageType.UPDATE) {
			text.append(NoticeWords.text("ja", "radio.update", Map.of("kind", notice.content().kind().label("ja"))));
		}
		// A cancellation's text says what is cancelled, when and why; its title would
		// only repeat the what.
		if (notice.type() != MessageType.CANCEL) {
			text.append(sentence(notice.content().title()));
		}
		String body = clean(notice.body(null));
		text.append(sentence(body.length() > BODY_LIMIT ? body.substring(0, BODY_LIMIT) : body));
		if (drill) {
			text.append(drillWord);
		}
		return read(text.toString(), readings);
	}

	private static String sentence(String text) {
		String clean = clean(text);
		return clean.isEmpty() || clean.endsWith("。") ? clean : clean + "。";
	}

	private static String clean(String text) {
		String noUrls = URL.matcher(DocumentText.fit(text)).replaceAll("");
		return SPACE.matcher(MARKS.matcher(noUrls).replaceAll(" ")).replaceAll(" ").strip();
	}

	/** Longest written forms first, so 北部地区 wins over 北部 when both have readings. */
	private static String read(String text, Map<String, String> readings) {
		String result = text;
		for (var reading : readings.entrySet()
			.stream()
			.sorted(Comparator.comparing((Map.Entry<String, String> e) -> e.getKey().length()).reversed())
			.toList()) {
			result = result.replace(reading.getKey(), reading.getValue());
		}
		return result;
	}

}
