package io.tsutawaru.notifier.line;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.linecorp.bot.messaging.model.FlexBubble;
import com.linecorp.bot.messaging.model.FlexMessage;
import com.linecorp.bot.messaging.model.FlexText;
import com.linecorp.bot.messaging.model.TextMessage;
import org.junit.jupiter.api.Test;

import io.tsutawaru.notifier.AlertStatus;
import io.tsutawaru.notifier.Channel;
import io.tsutawaru.notifier.NoticeDraft;
import io.tsutawaru.notifier.PublishedNotice;
import io.tsutawaru.notifier.Severity;

import static org.assertj.core.api.Assertions.assertThat;

/** LINE's length limits, met without cutting a character in half. */
class LineMessagesTests {

	static final URI PAGE = URI.create("https://alerts.example.jp/notices/1");

	@Test
	void aLongTextMessageIsCutBetweenCharactersNeverInsideAnEmoji() {
		for (int offset = 0; offset < 8; offset++) {
			String body = "あ".repeat(4950 + offset) + "😀".repeat(100);

			String text = ((TextMessage) LineMessages.of(notice(Severity.INFO, "断水", body), null, PAGE)).text();

			assertThat(text.length()).isLessThanOrEqualTo(5000);
			assertThat(text).contains("…\n\n詳しくはこちら: " + PAGE).endsWith(PAGE.toString());
			assertWhole(text);
		}
	}

	@Test
	void flexTextsAndTheAltTextOfAnEmergencyAreCutBetweenCharacters() {
		for (int offset = 0; offset < 4; offset++) {
			String title = "避".repeat(195 + offset) + "🚨".repeat(5);
			String body = "難".repeat(995 + offset) + "👨‍👩‍👧".repeat(5);

			FlexMessage flex = (FlexMessage) LineMessages.of(notice(Severity.EMERGENCY, title, body), null, PAGE);

			assertWhole(flex.altText());
			FlexBubble bubble = (FlexBubble) flex.contents();
			FlexText shownBody = (FlexText) bubble.body().contents().get(0);
			assertThat(shownBody.text().length()).isLessThanOrEqualTo(1000);
			assertWhole(shownBody.text());
			// A family emoji is one character on screen: it is kept whole or left out,
			// never shown in part.
			assertThat(shownBody.text().replace("…", "").replace("難", "").replace("👨‍👩‍👧", "")).isEmpty();
		}
	}

	/** No lone surrogate: every UTF-16 surrogate is half of a pair. */
	static void assertWhole(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isHighSurrogate(c)) {
				assertThat(i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1)))
					.as("high surrogate at %d is followed by its low half", i)
					.isTrue();
				i++;
			}
			else {
				assertThat(Character.isLowSurrogate(c)).as("lone low surrogate at %d", i).isFalse();
			}
		}
	}

	private static PublishedNotice notice(Severity severity, String title, String body) {
		Instant now = Instant.now();
		var draft = new NoticeDraft(title, body, null, severity, AlertStatus.ACTUAL, null, Set.of(Channel.LINE), "all",
				Map.of(), List.of(), List.of(), null, null, false);
		return new PublishedNotice(1, 1, PublishedNotice.MessageType.ALERT, draft, now, now);
	}

}
