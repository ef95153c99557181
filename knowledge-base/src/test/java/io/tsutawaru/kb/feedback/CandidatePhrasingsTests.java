package io.tsutawaru.kb.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tsutawaru.kb.CandidatePhrasings;
import io.tsutawaru.kb.CandidatePhrasings.Status;
import io.tsutawaru.kb.Decision;
import io.tsutawaru.kb.EntryChosen;
import io.tsutawaru.kb.FaqEditor;
import io.tsutawaru.kb.FaqEntry;
import io.tsutawaru.kb.FaqEntryNotFoundException;
import io.tsutawaru.kb.KnowledgeBase;
import io.tsutawaru.kb.KnowledgeBaseTest;
import io.tsutawaru.kb.PhrasingNotFoundException;
import io.tsutawaru.kb.store.FaqStore;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;

class CandidatePhrasingsTests extends KnowledgeBaseTest {

	@Autowired
	CandidatePhrasings phrasings;

	@Autowired
	KnowledgeBase knowledgeBase;

	@Autowired
	FaqEditor editor;

	@Autowired
	FaqStore store;

	@Autowired
	ApplicationEventPublisher events;

	@Test
	void anAcceptedPhrasingIsSearchedLikeTheEntrysQuestionAndNothingIsLearnedUnreviewed() {
		editor.save(entry("phrasing-hall", "ツタワル記念館の開館時間", "午前9時から午後5時までです。"));
		String question = "ぽよぽよ広場の予定";

		phrasings.propose("phrasing-hall", question);
		assertThat(answered(question)).as("pending: not searched").isNotEqualTo("phrasing-hall");

		long id = phrasings.ofEntry("phrasing-hall").getFirst().id();
		String before = store.fingerprint();
		phrasings.accept(id);
		var found = knowledgeBase.search(question, "ja");
		assertThat(found.candidates().getFirst().entry().id()).isEqualTo("phrasing-hall");
		assertThat(found.decision()).isEqualTo(Decision.ANSWER);
		assertThat(found.candidates().getFirst().entry().alternatives()).as("not part of the entry").isEmpty();
		assertThat(store.fingerprint()).as("another process's index follows").isNotEqualTo(before);

		phrasings.reject(id);
		assertThat(answered(question)).isNotEqualTo("phrasing-hall");
	}

	@Test
	void theSameQuestionCountsAgainAndKeepsStaffsDecision() {
		editor.save(entry("phrasing-count", "ミチビキ公園の駐車場", "50台分あります。"));

		phrasings.propose("phrasing-count", "ミチビキ公園に車で行ける？");
		phrasings.propose("phrasing-count", "ﾐﾁﾋﾞｷ公園に車で行ける");
		long id = phrasings.ofEntry("phrasing-count").getFirst().id();
		phrasings.reject(id);
		phrasings.propose("phrasing-count", "ミチビキ公園に 車で 行ける?");
		phrasings.propose("phrasing-count", "  ");

		assertThat(phrasings.ofEntry("phrasing-count")).singleElement().satisfies(phrasing -> {
			assertThat(phrasing.question()).isEqualTo("ミチビキ公園に車で行ける？");
			assertThat(phrasing.times()).isEqualTo(3);
			assertThat(phrasing.status()).isEqualTo(Status.REJECTED);
		});
		assertThat(phrasings.pending(100)).noneMatch(phrasing -> phrasing.faqId().equals("phrasing-count"));
	}

	@Test
	void aResidentLedToAnEntryProposesTheirQuestionThroughTheBotsEvent() {
		editor.save(entry("phrasing-event", "ミチビキ図書館の休館日", "毎週月曜日です。"));

		events.publishEvent(new EntryChosen("phrasing-event", "図書館っていつ休み？", Instant.now()));
		events.publishEvent(new EntryChosen("removed-meanwhile", "図書館っていつ休み？", Instant.now()));

		assertThat(phrasings.ofEntry("phrasing-event")).singleElement()
			.satisfies(phrasing -> assertThat(phrasing.status()).isEqualTo(Status.PENDING));
	}

	@Test
	void refusesUnknownEntriesAndPhrasings() {
		assertThatThrownBy(() -> phrasings.propose("no-such-entry", "質問"))
			.isInstanceOf(FaqEntryNotFoundException.class);
		assertThatThrownBy(() -> phrasings.accept(-1)).isInstanceOf(PhrasingNotFoundException.class);
		assertThatThrownBy(() -> phrasings.reject(-1)).isInstanceOf(PhrasingNotFoundException.class);
	}

	/** The entry the bot would answer with outright, if any. */
	private String answered(String question) {
		var result = knowledgeBase.search(question, "ja");
		return result.decision() == Decision.ANSWER ? result.candidates().getFirst().entry().id() : null;
	}

	private static FaqEntry entry(String id, String question, String answer) {
		return new FaqEntry(id, question, List.of(), answer, null, null, null, null, "ja", null, true);
	}

}
