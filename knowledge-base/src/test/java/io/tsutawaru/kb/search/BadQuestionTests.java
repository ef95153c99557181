package io.tsutawaru.kb.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.tsutawaru.kb.SearchResult;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Whatever a resident types, the bot gets a decision and never an exception. */
class BadQuestionTests {

	@RegisterExtension
	static final SampleIndex sample = new SampleIndex();

	private final FaqSearch search = sample.search;

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { " ", "\n\t", "😀😀😀", "🙏", "*:*", "\"", "\\", "\"保育園", "保育園\\", "title:保育 AND *", "(((",
			"a~2 b^3", "保育園 OR", "-", "+-!():^[]\"{}~*?|&/", "保育園の申し込み hoikuen 申请 어린이집", "ﾎｲｸｴﾝ　ﾉ　ﾓｳｼｺﾐ",
			"\u0000\u0001", "\uD800", "ア\u0301", "\u200B\u200B" })
	void answersEveryOddQuestionWithADecision(String question) {
		SearchResult result = search.search(question, "ja");

		assertThat(result.decision()).isNotNull();
		assertThat(result.candidates()).hasSizeLessThanOrEqualTo(FaqSearch.MAX_CANDIDATES);
		assertThat(result.question()).isEqualTo(question);
	}

	@ParameterizedTest
	@ValueSource(strings = { "ja", "en", "easy-ja", "xx", "" })
	void answersAVeryLongQuestionInEveryLanguage(String language) {
		String question = "保育園の申し込みについて教えてください。".repeat(500);

		SearchResult result = search.search(question, language);

		assertThat(question).hasSizeGreaterThanOrEqualTo(10_000);
		assertThat(result.decision()).isNotNull();
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "*:*", "😀" })
	void givesUpOnQuestionsWithoutWords(String question) {
		assertThat(search.search(question, null).candidates()).isEmpty();
	}

}
