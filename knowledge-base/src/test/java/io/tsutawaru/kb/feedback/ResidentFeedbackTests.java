package io.tsutawaru.kb.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tsutawaru.kb.AnswerFeedback;
import io.tsutawaru.kb.FaqEntryNotFoundException;
import io.tsutawaru.kb.KnowledgeBaseTest;
import io.tsutawaru.kb.QuestionUnanswered;
import io.tsutawaru.kb.UnansweredQuestions;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;

class ResidentFeedbackTests extends KnowledgeBaseTest {

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	UnansweredQuestions unanswered;

	@Autowired
	AnswerFeedback feedback;

	@Test
	void groupsUnansweredQuestionsThatDifferOnlyInSpellingMostAskedFirst() {
		Instant start = Instant.parse("2040-04-01T00:00:00Z");
		events.publishEvent(new QuestionUnanswered("粗大ゴミの出し方は？", "ja", start.plusSeconds(1)));
		events.publishEvent(new QuestionUnanswered("粗大ごみの出し方は", "ja", start.plusSeconds(2)));
		events.publishEvent(new QuestionUnanswered("粗大ごみ の 出し方は ？", "ja", start.plusSeconds(3)));
		events.publishEvent(new QuestionUnanswered("花火大会の日程", "ja", start.plusSeconds(4)));
		events.publishEvent(new QuestionUnanswered("前の週の質問", "ja", start.minus(7, ChronoUnit.DAYS)));

		var groups = unanswered.grouped(start, 10);

		assertThat(groups).hasSize(2);
		assertThat(groups.get(0).count()).isEqualTo(3);
		assertThat(groups.get(0).question()).isEqualTo("粗大ごみ の 出し方は ？");
		assertThat(groups.get(0).lastAskedAt()).isEqualTo(start.plusSeconds(3));
		assertThat(groups.get(1).question()).isEqualTo("花火大会の日程");
		assertThat(unanswered.grouped(start, 1)).hasSize(1);
	}

	@Test
	void keepsOnlyTheStartOfAVeryLongQuestion() {
		Instant at = Instant.parse("2032-01-01T00:00:00Z");
		events.publishEvent(new QuestionUnanswered("あ".repeat(10_000), null, at));

		var groups = unanswered.grouped(at, 10);

		assertThat(groups).singleElement().satisfies(group -> {
			assertThat(group.question()).hasSize(JdbcUnansweredQuestions.MAX_STORED_LENGTH);
			assertThat(group.language()).isEqualTo("ja");
		});
	}

	@Test
	void talliesFeedbackPerEntryLeastHelpfulFirst() {
		feedback.recordFeedback("kosodate-1", true);
		feedback.recordFeedback("kosodate-2", false);
		feedback.recordFeedback("kosodate-2", false);
		feedback.recordFeedback("kosodate-2", true);

		assertThat(feedback.tallies()).startsWith(new AnswerFeedback.Tally("kosodate-2", 1, 2))
			.contains(new AnswerFeedback.Tally("kosodate-1", 1, 0));
	}

	@Test
	void rejectsFeedbackOnAnUnknownEntry() {
		assertThatThrownBy(() -> feedback.recordFeedback("no-such-entry", true))
			.isInstanceOf(FaqEntryNotFoundException.class);
	}

}
