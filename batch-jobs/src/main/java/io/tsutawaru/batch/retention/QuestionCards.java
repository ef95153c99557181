package io.tsutawaru.batch.retention;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.tsutawaru.batch.BatchProperties;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The cards the bot answered residents' questions with: each holds the question in the resident's own words (and
 * whether the answer helped), kept as long as the conversation log.
 */
@Component("retention.questionCards")
class QuestionCards implements RetentionRule {

	private final NamedParameterJdbcTemplate jdbc;

	QuestionCards(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String name() {
		return "deleteQuestionCards";
	}

	@Override
	public String table() {
		return "bot_question_cards";
	}

	@Override
	public Duration keep(BatchProperties.Retention policy) {
		return policy.conversations();
	}

	@Override
	public String expiredIds() {
		return "SELECT id FROM bot_question_cards WHERE asked_at < :cutoff AND id > :after ORDER BY id";
	}

	@Override
	public int purge(List<Long> ids) {
		return jdbc.update("DELETE FROM bot_question_cards WHERE id IN (:ids)", Map.of("ids", ids));
	}

}
