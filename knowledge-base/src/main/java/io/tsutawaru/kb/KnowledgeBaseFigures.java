package io.tsutawaru.kb;

import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The knowledge base's figures for a period, for the daily report: answer feedback per
 * FAQ category and the unanswered questions. Each list is in a stable order, so a report
 * copied in chunks can continue where it stopped.
 */
public class KnowledgeBaseFigures {

	private final JdbcClient jdbc;

	/**
	 * @param jdbc the database holding the knowledge base's tables
	 */
	public KnowledgeBaseFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Feedback residents gave on answers from {@code from} (inclusive) to {@code to}
	 * (exclusive), per category of the FAQ entry answered ({@code (none)} for an entry
	 * without one), by category.
	 */
	public List<CategoryFeedback> feedback(OffsetDateTime from, OffsetDateTime to) {
		return jdbc.sql("SELECT COALESCE(e.category, '(none)') AS category, "
				+ "SUM(CASE WHEN f.solved THEN 1 ELSE 0 END) AS solved, SUM(CASE WHEN f.solved THEN 0 ELSE 1 END) AS unsolved "
				+ "FROM kb_answer_feedback f JOIN kb_faq_entries e ON e.id = f.faq_id "
				+ "WHERE f.given_at >= ? AND f.given_at < ? GROUP BY COALESCE(e.category, '(none)') "
				+ "ORDER BY COALESCE(e.category, '(none)')")
			.params(from, to)
			.query((rs, n) -> new CategoryFeedback(rs.getString(1), rs.getLong(2), rs.getLong(3)))
			.list();
	}

	/**
	 * The questions nobody answered from {@code from} (inclusive) to {@code to}
	 * (exclusive), one per normalised text and language, by normalised text and language.
	 */
	public List<UnansweredCount> unanswered(OffsetDateTime from, OffsetDateTime to) {
		return jdbc
			.sql("SELECT normalized, language, MAX(question) AS question, COUNT(*) AS asked "
					+ "FROM kb_unanswered_questions WHERE asked_at >= ? AND asked_at < ? "
					+ "GROUP BY normalized, language ORDER BY normalized, language")
			.params(from, to)
			.query((rs, n) -> new UnansweredCount(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4)))
			.list();
	}

	/**
	 * @param category the FAQ category, {@code (none)} for entries without one
	 * @param solved answers residents said helped
	 * @param unsolved answers residents said did not
	 */
	public record CategoryFeedback(String category, long solved, long unsolved) {
	}

	/**
	 * @param normalized the question's normalised text, which groups its spellings
	 * @param language the language it was asked in
	 * @param question one of its spellings as asked
	 * @param asked how many times
	 */
	public record UnansweredCount(String normalized, String language, String question, long asked) {
	}

}
