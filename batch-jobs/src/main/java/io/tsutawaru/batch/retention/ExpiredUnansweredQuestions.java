package io.tsutawaru.batch.retention;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.tsutawaru.batch.BatchProperties;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Questions residents asked that the knowledge base could not answer: their text may contain names, addresses or
 * phone numbers, so they are kept only as long as staff need them to improve the answers.
 */
@Component("retention.expiredUnansweredQuestions")
class ExpiredUnansweredQuestions implements RetentionRule {

	private final NamedParameterJdbcTemplate jdbc;

	ExpiredUnansweredQuestions(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String name() {
		return "deleteUnansweredQuestions";
	}

	@Override
	public String table() {
		return "kb_unanswered_questions";
	}

	@Override
	public Duration keep(BatchProperties.Retention policy) {
		return policy.unansweredQuestions();
	}

	@Override
	public String expiredIds() {
		return "SELECT id FROM kb_unanswered_questions WHERE asked_at < :cutoff AND id > :after ORDER BY id";
	}

	@Override
	public int purge(List<Long> ids) {
		return jdbc.update("DELETE FROM kb_unanswered_questions WHERE id IN (:ids)", Map.of("ids", ids));
	}

}
