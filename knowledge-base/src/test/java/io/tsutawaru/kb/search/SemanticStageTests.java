package io.tsutawaru.kb.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.tsutawaru.kb.Candidate;
import io.tsutawaru.kb.FaqEntry;
import io.tsutawaru.kb.analysis.FaqAnalysis;
import io.tsutawaru.kb.semantic.DocumentVectors;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The semantic stage's mechanics, with a stand-in model whose vectors are character
 * pairs.
 */
class SemanticStageTests {

	private static final FaqAnalysis ANALYSIS = FaqAnalysis.standard();

	@Test
	void anEntryFoundByMeaningAloneJoinsTheRankingThatWordsAloneCannotFind() {
		var model = new CharacterPairEmbedding();
		try (var index = FaqIndex.inMemory(ANALYSIS, SemanticIndexing.standard(DocumentVectors.of(model)))) {
			// The question shares no word with 「ＡＢＣＤＥの手続き」 (abcde and cdefg are different
			// words), only
			// character pairs: the stand-in model's "meaning".
			index.rebuild(List.of(entry("near", "ＡＢＣＤＥの手続き", "窓口でどうぞ。"), entry("far", "住民票の写しの交付", "市民課で交付します。")), "1");

			var wordsOnly = new FaqSearch(index, DecisionThresholds.CALIBRATED, 0).search("ＣＤＥＦＧ", "ja");
			var fused = new FaqSearch(index, DecisionThresholds.CALIBRATED).search("ＣＤＥＦＧ", "ja");

			assertThat(wordsOnly.candidates()).isEmpty();
			assertThat(ids(fused.candidates())).first().isEqualTo("near");
		}
		catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	@Test
	void vectorsAreComputedAtImportCachedByContentAndNeverForTheEntriesAtQueryTime() throws Exception {
		var model = new CharacterPairEmbedding();
		var entries = List.of(entry("a", "粗大ごみの出し方", "申込制です。"), entry("b", "犬の登録", "登録してください。"));
		try (var index = FaqIndex.inMemory(ANALYSIS, SemanticIndexing.standard(DocumentVectors.of(model)))) {
			index.rebuild(entries, "1");
			assertThat(model.documentsEmbedded).hasValue(2);

			new FaqSearch(index, DecisionThresholds.CALIBRATED).search("ごみを出したい", "ja");
			new FaqSearch(index, DecisionThresholds.CALIBRATED).search("犬を飼い始めた", "ja");
			index.rebuild(entries, "2");
			index.upsertAll(List.of(entry("b", "犬の登録", "登録してください。")), "3");

			assertThat(model.questionsEmbedded).hasValue(2);
			assertThat(model.documentsEmbedded).as("unchanged texts come from the cache").hasValue(2);

			index.upsertAll(List.of(entry("b", "犬の登録", "保健所で登録してください。")), "4");
			assertThat(model.documentsEmbedded).as("only the changed text is embedded").hasValue(3);
		}
	}

	@Test
	void anIndexOpenedAgainUsesTheVectorsStoredWithItAndAnotherModelRebuildsIt(@TempDir Path directory)
			throws Exception {
		var model = new CharacterPairEmbedding();
		var semantic = SemanticIndexing.standard(DocumentVectors.of(model));
		try (var index = FaqIndex.open(directory, ANALYSIS, semantic)) {
			index.rebuild(List.of(entry("near", "ＡＢＣＤＥの手続き", "窓口でどうぞ。")), "db-1");
		}
		var reopenedModel = new CharacterPairEmbedding();
		try (var index = FaqIndex.open(directory, ANALYSIS, semantic)) {
			assertThat(index.fingerprint()).contains("db-1");
			assertThat(ids(new FaqSearch(index, DecisionThresholds.CALIBRATED).search("ＡＢＣＤＥ", "ja").candidates()))
				.containsExactly("near");
		}
		try (var index = FaqIndex.open(directory, ANALYSIS,
				SemanticIndexing.standard(DocumentVectors.of(reopenedModel)))) {
			assertThat(index.fingerprint()).as("vectors of another model are never compared: rebuild").isEmpty();
		}
		assertThat(model.documentsEmbedded).hasValue(1);
		assertThat(reopenedModel.documentsEmbedded).hasValue(0);
	}

	static FaqEntry entry(String id, String question, String answer) {
		return new FaqEntry(id, question, List.of(), answer, null, null, null, null, "ja", Instant.EPOCH, true);
	}

	static List<String> ids(List<Candidate> candidates) {
		return candidates.stream().map(candidate -> candidate.entry().id()).toList();
	}

}
