package io.tsutawaru.kb.feedback;

import io.tsutawaru.kb.CandidatePhrasings;
import io.tsutawaru.kb.FaqEntryNotFoundException;
import io.tsutawaru.kb.PhrasingNotFoundException;
import io.tsutawaru.kb.search.FaqIndex;
import io.tsutawaru.kb.search.LearnedPhrasings;
import io.tsutawaru.kb.store.FaqStore;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import io.tsutawaru.kb.EntryChosen;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Candidate phrasings in the database, and the accepted ones for the index. Accepting or
 * rejecting re-indexes the entry at once; another process's index follows through the
 * database's fingerprint, which counts them.
 */
public final class JdbcCandidatePhrasings implements CandidatePhrasings, LearnedPhrasings {

	/** A resident's question is a sentence or two; the search reads no more either. */
	static final int MAX_LENGTH = 200;

	/**
	 * Beyond this many entries at once (a rebuild) all accepted phrasings are read, not a
	 * list of ids.
	 */
	private static final int IDS_PER_QUERY = 500;

	private static final String COLUMNS = "id, faq_id, question, status, times, proposed_at";

	private final JdbcClient jdbc;

	private final FaqStore store;

	private final FaqIndex index;

	private final Clock clock;

	/**
	 * @param jdbc the database
	 * @param store the entries
	 * @param index the index an accepted phrasing is searched in
	 * @param clock when phrasings are proposed and decided
	 */
	public JdbcCandidatePhrasings(JdbcClient jdbc, FaqStore store, FaqIndex index, Clock clock) {
		this.jdbc = jdbc;
		this.store = store;
		this.index = index;
		this.clock = clock;
	}

	@Override
	public void propose(String faqId, String question) {
		if (question == null || question.isBlank()) {
			return;
		}
		if (faqId == null || store.find(faqId).isEmpty()) {
			throw new FaqEntryNotFoundException(faqId);
		}
		String text = truncate(question.strip());
		String normalized = truncate(JdbcUnansweredQuestions.normalized(text));
		if (countAgain(faqId, normalized) > 0) {
			return;
		}
		try {
			jdbc.sql("INSERT INTO kb_candidate_phrasings (faq_id, question, normalized, status, times, proposed_at)"
					+ " VALUES (?, ?, ?, 'PENDING', 1, ?)")
				.params(faqId, text, normalized, now())
				.update();
		}
		catch (DuplicateKeyException proposedMeanwhile) {
			// Another resident's identical question got there first: count this one on
			// it.
			countAgain(faqId, normalized);
		}
	}

	private int countAgain(String faqId, String normalized) {
		return jdbc.sql("UPDATE kb_candidate_phrasings SET times = times + 1 WHERE faq_id = ? AND normalized = ?")
			.params(faqId, normalized)
			.update();
	}

	/**
	 * Keeps the question of a resident who was led to an entry as a candidate phrasing of
	 * it.
	 * @param event the entry and the question
	 */
	@EventListener
	public void on(EntryChosen event) {
		try {
			propose(event.faqId(), event.question());
		}
		catch (FaqEntryNotFoundException removed) {
			// The entry was removed since the resident was shown it; there is nothing to
			// phrase.
		}
	}

	@Override
	public List<Phrasing> pending(int limit) {
		return jdbc
			.sql("SELECT " + COLUMNS + " FROM kb_candidate_phrasings WHERE status = 'PENDING'"
					+ " ORDER BY times DESC, proposed_at DESC, id LIMIT ?")
			.param(Math.clamp(limit, 0, 1_000))
			.query(JdbcCandidatePhrasings::row)
			.list();
	}

	@Override
	public List<Phrasing> ofEntry(String faqId) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM kb_candidate_phrasings WHERE faq_id = ?"
				+ " ORDER BY CASE status WHEN 'PENDING' THEN 0 WHEN 'ACCEPTED' THEN 1 ELSE 2 END," + " times DESC, id")
			.param(faqId)
			.query(JdbcCandidatePhrasings::row)
			.list();
	}

	@Override
	public void accept(long id) {
		decide(id, Status.ACCEPTED);
	}

	@Override
	public void reject(long id) {
		decide(id, Status.REJECTED);
	}

	private void decide(long id, Status status) {
		String faqId = jdbc.sql("SELECT faq_id FROM kb_candidate_phrasings WHERE id = ?")
			.param(id)
			.query(String.class)
			.optional()
			.orElseThrow(() -> new PhrasingNotFoundException(id));
		jdbc.sql("UPDATE kb_candidate_phrasings SET status = ?, decided_at = ? WHERE id = ?")
			.params(status.name(), now(), id)
			.update();
		store.find(faqId).ifPresent(entry -> index.upsertAll(List.of(entry), store.fingerprint()));
	}

	@Override
	public Map<String, List<String>> of(Collection<String> faqIds) {
		var wanted = new HashSet<>(faqIds);
		var phrasings = new HashMap<String, List<String>>();
		var rows = wanted.size() > IDS_PER_QUERY || wanted.isEmpty()
				? jdbc.sql("SELECT faq_id, question FROM kb_candidate_phrasings WHERE status = 'ACCEPTED' ORDER BY id")
				: jdbc
					.sql("SELECT faq_id, question FROM kb_candidate_phrasings WHERE status = 'ACCEPTED'"
							+ " AND faq_id IN (:ids) ORDER BY id")
					.param("ids", wanted);
		rows.query((rs, n) -> {
			if (wanted.contains(rs.getString(1))) {
				phrasings.computeIfAbsent(rs.getString(1), any -> new ArrayList<>()).add(rs.getString(2));
			}
			return n;
		}).list();
		return phrasings;
	}

	private OffsetDateTime now() {
		return clock.instant().atOffset(ZoneOffset.UTC);
	}

	private static String truncate(String text) {
		return text.length() <= MAX_LENGTH ? text : text.substring(0, MAX_LENGTH);
	}

	private static Phrasing row(ResultSet rs, int rowNum) throws SQLException {
		return new Phrasing(rs.getLong("id"), rs.getString("faq_id"), rs.getString("question"),
				Status.valueOf(rs.getString("status")), rs.getInt("times"),
				rs.getObject("proposed_at", OffsetDateTime.class).toInstant());
	}

}
