package io.tsutawaru.kb;

import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The knowledge base's retention operation (docs/retention.md): questions residents asked
 * that it could not answer. Their text may hold names, addresses or phone numbers, so
 * they are kept only as long as staff need them. The retention job decides when and in
 * what chunks; the knowledge base alone knows its tables. A missing table fails the
 * query: the rule never quietly deletes nothing.
 */
public class KnowledgeBaseRetention {

	private final JdbcClient jdbc;

	/**
	 * @param jdbc the database holding the knowledge base's tables
	 */
	public KnowledgeBaseRetention(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The unanswered questions asked before the cutoff, ids after {@code after},
	 * ascending, at most {@code limit}.
	 */
	public List<Long> unansweredQuestionsBefore(OffsetDateTime cutoff, long after, int limit) {
		return jdbc.sql("SELECT id FROM kb_unanswered_questions WHERE asked_at < ? AND id > ? ORDER BY id LIMIT ?")
			.params(cutoff, after, limit)
			.query(Long.class)
			.list();
	}

	/**
	 * Deletes these unanswered questions, in the caller's transaction; returns how many
	 * went.
	 */
	public int deleteUnansweredQuestions(List<Long> ids) {
		return jdbc.sql("DELETE FROM kb_unanswered_questions WHERE id IN (:ids)").param("ids", ids).update();
	}

}
