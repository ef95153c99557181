package io.tsutawaru.kb.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The one-pass analysis replaces the word, stem and reading analyzers in the index and in
 * queries, so it must give exactly their tokens: terms, positions and compound spans (the
 * field length BM25 uses counts them).
 */
class OnePassJapaneseAnalysisTests {

	static final FaqAnalysis analysis = FaqAnalysis.standard();

	@ParameterizedTest
	@ValueSource(strings = { "児童手当受給資格について教えてください", "粗大ゴミを出したい\n大型ごみ", "ＰＣＲ検査はどこで受けられますか", "ﾏｲﾅﾝﾊﾞｰｶｰﾄﾞの申し込み、引っ越しの手続き。",
			"子供の予防接種（四種混合）", "hoikuen 保育園 申请 어린이집 😀", "", "、。！" })
	void givesTheTokensOfTheWordStemAndReadingAnalyzers(String text) {
		var tokens = analysis.japaneseTokens().analyse(text);

		assertThat(tokens(tokens.words().stream())).isEqualTo(tokens(analysis.japaneseWords(), text));
		assertThat(tokens(tokens.words().kanjiStems().stream())).isEqualTo(tokens(analysis.japaneseStems(), text));
		assertThat(tokens(tokens.readings().stream())).isEqualTo(tokens(analysis.japaneseReadings(), text));
	}

	@ParameterizedTest
	@ValueSource(strings = { "児童手当受給資格", "振り込まれる日" })
	void replaysAsOftenAsAsked(String text) {
		var words = analysis.japaneseTokens().analyse(text).words();

		assertThat(tokens(words.stream())).isNotEmpty().isEqualTo(tokens(words.stream()));
		assertThat(words.terms()).containsExactlyInAnyOrderElementsOf(tokens(analysis.japaneseWords(), text).stream()
			.filter(token -> !token.startsWith("end/"))
			.map(token -> token.split("/")[0])
			.distinct()
			.toList());
	}

	private static List<String> tokens(Analyzer analyzer, String text) {
		try (var stream = analyzer.tokenStream("question", text)) {
			return tokens(stream);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Each token as term/increment/length, and the final increment last. */
	private static List<String> tokens(TokenStream stream) {
		var tokens = new ArrayList<String>();
		try {
			var term = stream.addAttribute(CharTermAttribute.class);
			var increment = stream.addAttribute(PositionIncrementAttribute.class);
			var length = stream.addAttribute(PositionLengthAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				tokens.add(term + "/" + increment.getPositionIncrement() + "/" + length.getPositionLength());
			}
			stream.end();
			tokens.add("end/" + increment.getPositionIncrement());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return tokens;
	}

}
