package io.tsutawaru.bot.conversation;

import java.util.List;
import java.util.Map;

import com.linecorp.bot.messaging.model.PostbackAction;
import com.linecorp.bot.messaging.model.TextMessage;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RepliesTests {

	@Test
	void splitsALongAnswerAtALineBreakWithinLinesLimit() {
		String first = "あ".repeat(4000);
		String second = "い".repeat(3000);

		List<String> parts = Replies.split(first + "\n" + second, 4);

		assertThat(parts).containsExactly(first, second);
	}

	@Test
	void cutsAnAnswerWithoutLineBreaksAndMarksTheEndOfTheLastPart() {
		List<String> parts = Replies.split("x".repeat(Replies.MAX_TEXT * 3), 2);

		assertThat(parts).hasSize(2);
		assertThat(parts.get(0)).hasSize(Replies.MAX_TEXT);
		assertThat(parts.get(1)).hasSize(Replies.MAX_TEXT).endsWith("…");
	}

	@Test
	void cutsLongTextsAndLabelsBetweenCharactersNeverInsideAnEmoji() {
		for (int offset = 0; offset < 4; offset++) {
			List<String> parts = Replies
				.split("x".repeat(Replies.MAX_TEXT - 2 + offset) + "😀".repeat(Replies.MAX_TEXT), 2);
			String label = ((PostbackAction) Replies.postback("あ".repeat(17 + offset) + "😀😀😀",
					PostbackData.of(Topic.FAQ, "show", "x")))
				.label();

			assertThat(parts).allSatisfy(part -> {
				assertThat(part.length()).isLessThanOrEqualTo(Replies.MAX_TEXT);
				assertThat(part.codePoints()).as("no lone surrogate").noneMatch(c -> c >= 0xD800 && c <= 0xDFFF);
			});
			assertThat(label.length()).isLessThanOrEqualTo(20);
			assertThat(label.codePoints()).as("no lone surrogate").noneMatch(c -> c >= 0xD800 && c <= 0xDFFF);
		}
	}

	@Test
	void shortensButtonLabelsToTwentyCharactersButShowsTheWholeQuestion() {
		String question = "児童手当の申請に必要な書類と手続きの流れを教えてください";

		var action = (PostbackAction) Replies.postback(question, PostbackData.of(Topic.FAQ, "show", "x"));

		assertThat(action.label()).hasSize(20).endsWith("…");
		assertThat(action.displayText()).isEqualTo(question);
	}

	@Test
	void keepsAtMostThirteenQuickReplies() {
		var buttons = java.util.stream.IntStream.range(0, 20).mapToObj(i -> Replies.saying("b" + i, "t" + i)).toList();

		TextMessage message = Replies.text("選んでください", buttons);

		assertThat(message.quickReply().items()).hasSize(13);
	}

	@Test
	void postbackDataSurvivesSeparatorsInValues() {
		var data = new PostbackData(Topic.REPORT, "category", Map.of("v", "a&b=c%d", "x", "ごみ"));

		assertThat(PostbackData.decode(data.encode())).isEqualTo(data);
	}

	@Test
	void foreignPostbackDataIsIgnored() {
		assertThat(PostbackData.decode("action=richmenu&tab=2")).isNull();
		assertThat(PostbackData.decode("c=unknown&a=x")).isNull();
		assertThat(PostbackData.decode("")).isNull();
		assertThat(PostbackData.decode(null)).isNull();
	}

}
