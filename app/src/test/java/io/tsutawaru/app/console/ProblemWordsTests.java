package io.tsutawaru.app.console;

import java.util.Locale;

import io.tsutawaru.bot.HandOffReplyRejectedException;
import io.tsutawaru.notifier.InvalidNoticeException;
import io.tsutawaru.notifier.NoticeForbiddenException;
import io.tsutawaru.notifier.NoticeStateException;
import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The modules' refusals in the console's words: the fields, languages, states and
 * positions they name are put into the reader's words too, and nothing of the modules'
 * English remains in Japanese.
 */
class ProblemWordsTests {

	private final ResourceBundleMessageSource messages = messages();

	@Test
	void aFieldIsNamedAsTheFormLabelsIt() {
		InvalidNoticeException tooLong = InvalidNoticeException.tooLong("translations.en.title", 200);

		assertThat(ProblemWords.describe(tooLong, messages, Locale.JAPANESE)).isEqualTo("英語の件名が 200 文字を超えています。");
		assertThat(ProblemWords.describe(tooLong, messages, Locale.ENGLISH))
			.isEqualTo("The English headline is longer than 200 characters.");
		assertThat(tooLong.getMessage()).as("the API's English detail")
			.isEqualTo("The translations.en.title is longer than 200 characters");
	}

	@Test
	void aCharacterIsCountedFromOneAndAListsEntryByItsPlace() {
		InvalidNoticeException control = new InvalidNoticeException(InvalidNoticeException.Problem.CONTROL_CHARACTER,
				"areaNames[1]", 4, "areaNames[1]", "U+0007", "4");

		assertThat(ProblemWords.describe(control, messages, Locale.JAPANESE))
			.isEqualTo("地域名（2 番目）の 5 文字目に、どのチャネルでも送れない制御文字（U+0007）があります。削除してください。");
		assertThat(control.getMessage()).isEqualTo(
				"The areaNames[1] holds a control character (U+0007) at position 4, which no channel can carry; delete it");
	}

	@Test
	void aNoticesStateIsSaidInWords() {
		NoticeStateException conflict = new NoticeStateException(NoticeStateException.Problem.CANNOT_BECOME, "12",
				"SENT", "DRAFT");

		assertThat(ProblemWords.describe(conflict, messages, Locale.JAPANESE))
			.isEqualTo("お知らせ 12 は「送信済み」のため、「下書き」にはできません。");
		assertThat(conflict.getMessage()).isEqualTo("Notice 12 is SENT; it cannot become DRAFT");
	}

	@Test
	void forbiddenActionsAndHandOffRepliesHaveTheirOwnTexts() {
		assertThat(ProblemWords.describe(
				new NoticeForbiddenException(NoticeForbiddenException.Problem.AUTHOR_MAY_NOT_APPROVE), messages,
				Locale.JAPANESE))
			.isEqualTo("このお知らせは作成者以外の職員が承認してください。");
		HandOffReplyRejectedException reply = HandOffReplyRejectedException.tooLong(4900);
		assertThat(ProblemWords.describe(reply, messages, Locale.JAPANESE)).isEqualTo("返信は 4,900 文字までです。");
		assertThat(reply.getMessage()).isEqualTo("A reply must have between 1 and 4,900 characters");
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

}
