package io.tsutawaru.kb.search;

import static io.tsutawaru.kb.search.SemanticStageTests.entry;
import static io.tsutawaru.kb.search.SemanticStageTests.ids;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.tsutawaru.kb.analysis.FaqAnalysis;
import io.tsutawaru.kb.semantic.DocumentVectors;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Vectors computed after an import: the words are searchable as soon as the import
 * returns, searches stay right while the vectors are pending, and the vectors follow,
 * across a restart too. The stand-in model is held to play a slow one.
 */
class VectorCompletionTests {

	private static final FaqAnalysis ANALYSIS = FaqAnalysis.standard();

	/**
	 * Only guards against an import that waits for the held model (the behaviour before):
	 * it returns in milliseconds.
	 */
	private static final Duration NEVER_WAITS_FOR_THE_MODEL = Duration.ofSeconds(30);

	@Test
	void anImportIsSearchableByWordsWhileItsVectorsArePendingAndByMeaningOnceTheyExist() throws Exception {
		var model = new CharacterPairEmbedding();
		model.hold();
		try (var index = FaqIndex.inMemory(ANALYSIS, SemanticIndexing.inBackground(DocumentVectors.of(model), 2))) {
			var entries = List.of(entry("near", "ＡＢＣＤＥの手続き", "窓口でどうぞ。"), entry("far", "住民票の写しの交付", "市民課で交付します。"),
					entry("dog", "犬の登録", "保健所で登録してください。"));
			var fused = new FaqSearch(index, DecisionThresholds.CALIBRATED);
			var wordsOnly = new FaqSearch(index, DecisionThresholds.CALIBRATED, 0);
			try {
				assertTimeoutPreemptively(NEVER_WAITS_FOR_THE_MODEL, () -> index.rebuild(entries, "1"));

				assertThat(index.pendingVectors()).isEqualTo(3);
				for (String question : List.of("住民票の写しがほしい", "犬を登録したい", "ＡＢＣＤＥの手続きの窓口", "ＣＤＥＦＧ")) {
					var byWords = wordsOnly.search(question, "ja");
					var found = fused.search(question, "ja");
					assertThat(ids(found.candidates())).as(question).isEqualTo(ids(byWords.candidates()));
					assertThat(found.decision()).as(question).isEqualTo(byWords.decision());
				}
				assertThat(ids(fused.search("住民票の写しがほしい", "ja").candidates())).first().isEqualTo("far");
			}
			finally {
				model.release();
			}
			await().until(() -> index.pendingVectors() == 0);

			assertThat(ids(fused.search("ＣＤＥＦＧ", "ja").candidates())).as("found by meaning").first().isEqualTo("near");
			assertThat(model.documentsEmbedded).hasValue(3);
		}
	}

	@Test
	void anEntryWaitingForItsVectorsKeepsItsPlaceAmongEntriesThatHaveThem() throws Exception {
		var model = new CharacterPairEmbedding();
		try (var index = FaqIndex.inMemory(ANALYSIS, SemanticIndexing.inBackground(DocumentVectors.of(model), 1))) {
			index.rebuild(List.of(entry("a", "ＡＢＣＤＥの手続き", "窓口でどうぞ。"), entry("b", "ＦＧＨＩＪの手続き", "窓口でどうぞ。")), "1");
			await().until(() -> index.pendingVectors() == 0);
			model.hold();
			var dog = entry("dog", "犬の登録の手続き", "保健所で登録してください。");
			try {
				assertTimeoutPreemptively(NEVER_WAITS_FOR_THE_MODEL, () -> index.upsertAll(List.of(dog), "2"));
				assertThat(index.pendingVectors()).isEqualTo(1);

				var ranked = new FaqSearch(index, DecisionThresholds.CALIBRATED).search("犬の登録の手続き", "ja");

				assertThat(ids(ranked.candidates())).first().isEqualTo("dog");
				assertThat(ranked.candidates().getFirst().score())
					.as("its words' full score, not cut by a missing vector")
					.isCloseTo(1.0, within(1e-6));
			}
			finally {
				model.release();
			}
			await().until(() -> index.pendingVectors() == 0);
		}
	}

	@Test
	void vectorsStillPendingAtShutdownAreComputedAfterTheRestartAndStoredWithTheIndex(@TempDir Path directory)
			throws Exception {
		var model = new CharacterPairEmbedding();
		var semantic = SemanticIndexing.inBackground(DocumentVectors.of(model), 2);
		// The process ends before any vector exists: here, the model fails until then.
		model.unavailable = true;
		try (var index = FaqIndex.open(directory, ANALYSIS, semantic)) {
			index.rebuild(List.of(entry("near", "ＡＢＣＤＥの手続き", "窓口でどうぞ。"), entry("far", "住民票の写しの交付", "市民課で交付します。")),
					"db-1");
			assertThat(index.pendingVectors()).isEqualTo(2);
		}
		model.unavailable = false;
		try (var index = FaqIndex.open(directory, ANALYSIS, semantic)) {
			assertThat(index.fingerprint()).contains("db-1");
			assertThat(index.pendingVectors()).isEqualTo(2);

			index.completeVectors();
			await().until(() -> index.pendingVectors() == 0);
		}
		try (var index = FaqIndex.open(directory, ANALYSIS, semantic)) {
			assertThat(index.pendingVectors()).isZero();
			assertThat(ids(new FaqSearch(index, DecisionThresholds.CALIBRATED).search("ＣＤＥＦＧ", "ja").candidates()))
				.first()
				.isEqualTo("near");
		}
		assertThat(model.documentsEmbedded).hasValue(2);
	}

}
