package io.tsutawaru.kb.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JapaneseAnalysisTests {

	final FaqAnalysis analysis = FaqAnalysis.standard();

	@Test
	void spellingsOfOneWordMeetInTheReadingField() {
		var readings = analysis.japaneseReadings();

		assertThat(terms(readings, "子供")).isEqualTo(terms(readings, "こども")).isEqualTo(terms(readings, "子ども"));
	}

	@Test
	void katakanaAndHiraganaMeetInTheWordField() {
		assertThat(terms(analysis.japaneseWords(), "ゴミ")).isEqualTo(terms(analysis.japaneseWords(), "ごみ"));
	}

	@Test
	void widthAndCompatibilityFormsAreNormalised() {
		var words = analysis.japaneseWords();

		assertThat(terms(words, "ＰＣＲ検査")).isEqualTo(terms(words, "PCR検査"));
		assertThat(terms(words, "ﾏｲﾅﾝﾊﾞｰｶｰﾄﾞ")).isEqualTo(terms(words, "マイナンバーカード"));
	}

	@Test
	void searchModeSplitsCompoundsSoPartsMatch() {
		assertThat(terms(analysis.japaneseWords(), "児童手当受給資格")).contains("児童", "手当");
	}

	@Test
	void phrasingOfTheQuestionIsDropped() {
		assertThat(terms(analysis.japaneseWords(), "保育園について教えてください")).containsExactly("保育園");
	}

	@Test
	void verbAndNounSpellingsMeetInTheStemField() {
		var stems = analysis.japaneseStems();

		assertThat(terms(stems, "振り込む")).isEqualTo(terms(stems, "振込")).containsExactly("振込");
		assertThat(terms(stems, "申し込み")).isEqualTo(terms(stems, "申込"));
		assertThat(terms(stems, "ごみ")).containsExactly("ごみ");
	}

	@Test
	void bigramsCoverWordsTheDictionaryLacks() {
		assertThat(terms(analysis.characterBigrams(), "ツタワル市")).contains("つた", "たわ", "わる", "る市");
	}

	@Test
	void kansaiPhrasingIsDropped() {
		assertThat(terms(analysis.japaneseWords(), "ごみを持ち込むんやったかな")).containsExactly("ごみ", "持ち込む");
	}

	@Test
	void shippedSynonymsTakeEverydayAndKansaiWordsToTheFaqsWords() {
		assertThat(analysis.synonyms().expansions("夜中にバイクがうるさい")).contains("騒音", "時間外");
		assertThat(analysis.synonyms().expansions("古い冷蔵庫をほかしたい")).contains("ごみ", "家電リサイクル");
		assertThat(analysis.synonyms().expansions("市バスはなんぼ？")).contains("料金", "市営バス");
		assertThat(analysis.synonyms().expansions("健康診断を受けたい")).contains("健診");
	}

	@Test
	void aMatchedRuleTellsWhichOfTheQuestionsWordsItStandsFor() {
		var matches = analysis.synonyms().matches("古い冷蔵庫を捨てたい");

		var disposal = matches.stream().filter(match -> match.added().contains("分別")).findFirst().orElseThrow();
		// The list has the stem 捨て; the analysis gives the question's word as 捨てる.
		assertThat(disposal.standsFor("捨てる")).isTrue();
		assertThat(disposal.standsFor("古い")).isFalse();
	}

	@Test
	void shippedSynonymsExpandAResidentsWordsToTheOfficialOnes() {
		assertThat(analysis.synonyms().expansions("粗大ゴミを出したい")).contains("大型ごみ");
		assertThat(analysis.synonyms().expansions("マイナンバーの通知")).contains("個人番号");
		assertThat(analysis.synonyms().expansions("戸籍謄本がほしい")).contains("戸籍全部事項証明書");
	}

	@Test
	void staffSynonymsAreAddedToTheShippedOnes(@TempDir Path dir) throws IOException {
		Path file = Files.writeString(dir.resolve("city.txt"), "# 市独自の言い方\nツタワルホール,市民会館\n");

		var extended = FaqAnalysis.load(List.of(file));

		assertThat(extended.synonyms().expansions("ツタワルホールの予約")).contains("市民会館");
		assertThat(extended.synonyms().expansions("粗大ごみ")).contains("大型ごみ");
		assertThat(extended.synonyms().size()).isEqualTo(analysis.synonyms().size() + 1);
	}

	@Test
	void aBrokenSynonymFileNamesItsLine(@TempDir Path dir) throws IOException {
		Path file = Files.writeString(dir.resolve("broken.txt"), "市民会館,公会堂\nひとつだけ\n");

		assertThatThrownBy(() -> FaqAnalysis.load(List.of(file))).isInstanceOf(InvalidSynonymsException.class)
			.hasMessageContaining("line 2");
	}

	@Test
	void englishIsStemmed() {
		assertThat(terms(analysis.english(), "Registering vehicles")).containsExactly("regist", "vehicl");
	}

	static List<String> terms(Analyzer analyzer, String text) {
		var terms = new ArrayList<String>();
		try (var stream = analyzer.tokenStream("question", text)) {
			var term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				terms.add(term.toString());
			}
			stream.end();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return terms;
	}

}
