package io.tsutawaru.kb.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.tsutawaru.kb.Decision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Questions written in kana, as a child, a learner or easy Japanese writes them, meet the
 * entries written in kanji by their readings (issue 16; words alone: not found, or the
 * wrong entry). Words only, so that the readings are what is tested.
 */
class KanaQuestionTests {

	@RegisterExtension
	static final SampleIndex sample = new SampleIndex();

	private final FaqSearch search = sample.search;

	@Test
	void anAllHiraganaQuestionIsAnsweredWithTheEntryWrittenInKanji() {
		var result = search.search("じどうてあていつふりこまれる", "ja");

		assertThat(result.decision()).isEqualTo(Decision.ANSWER);
		assertThat(result.candidates().getFirst().entry().question()).isEqualTo("児童手当はいつ振り込まれますか？");
	}

	@Test
	void aSpacedEasyJapaneseQuestionFindsTheEntry() {
		var result = search.search("こどもが ねつを だしました", "easy-ja");

		assertThat(result.decision()).isEqualTo(Decision.ANSWER);
		assertThat(result.candidates().getFirst().entry().question()).isEqualTo("子どもが熱を出してしまいました。");
	}

	@Test
	void aQuestionWithKanjiIsNotTakenForKana() {
		assertThat(KanaWriting.isKanaWritten("母子手帳ってどこでもらえるんやろ")).isFalse();
		assertThat(KanaWriting.isKanaWritten("じどうてあて いつ")).isTrue();
		assertThat(KanaWriting.isKanaWritten("？！")).isFalse();
	}

}
