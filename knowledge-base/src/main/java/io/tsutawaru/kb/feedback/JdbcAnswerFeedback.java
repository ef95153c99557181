package io.tsutawaru.kb.feedback;

import io.tsutawaru.kb.AnswerFeedback;
import io.tsutawaru.kb.FaqEntryNotFoundException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Stores residents' 「解決した／解決しない」 and tallies them per entry, the least helpful answers
 * first.
 */
public final class JdbcAnswerFeedback implements AnswerFeedback {

	private final JdbcClient jdbc;

	private final Clock clock;

	/**
	 * @param jdbc the database
	 * @param clock when feedback is given
	 */
	public JdbcAnswerFeedback(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public void recordFeedback(String faqId, boolean solved) {
		boolean exists = faqId != null && jdbc.sql("SELECT COUNT(*) FROM kb_faq_entries WHERE id = ?")
			.param(faqId)
			.query(Long.class)
			.single() > 0;
		if (!exists) {
			throw new FaqEntryNotFoundException(faqId);
		}
		jdbc.sql("INSERT INTO kb_answer_feedback (faq_id, solved, given_at) VALUES (?, ?, ?)")
			.params(faqId, solved, clock.instant().atOffset(ZoneOffset.UTC))
			.update();
	}

	@Override
	public List<Tally> tallies() {
		return jdbc.sql("""
				SELECT faq_id, SUM(CASE WHEN solved THEN 1 ELSE 0 END) AS solved,
				  SUM(CASE WHEN solved THEN 0 ELSE 1 END) AS unsolved
				FROM kb_answer_feedback GROUP BY faq_id ORDER BY unsolved DESC, solved, faq_id""")
			.query((rs, n) -> new Tally(rs.getString("faq_id"), rs.getLong("solved"), rs.getLong("unsolved")))
			.list();
	}

}
