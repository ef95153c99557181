package io.tsutawaru.kb.store;

import io.tsutawaru.kb.FaqList;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@link FaqList} in SQL that H2 and PostgreSQL both run: the search is a {@code LIKE}
 * per field, the order the stored sort key, and "needs editing" the stored template flag
 * or a 「解決しない」 newer than the entry.
 */
public final class FaqListQueries implements FaqList {

	private static final String UNSOLVED_SINCE_EDIT = "(SELECT COUNT(*) FROM kb_answer_feedback f WHERE f.faq_id = e.id"
			+ " AND f.solved = FALSE AND f.given_at > e.updated_at)";

	private static final String NEEDS_EDITING = "(e.template_text = TRUE OR " + UNSOLVED_SINCE_EDIT + " > 0)";

	private static final String SEARCH = "(LOWER(e.id) LIKE :pattern ESCAPE '!' OR LOWER(e.question) LIKE :pattern ESCAPE '!'"
			+ " OR LOWER(e.answer) LIKE :pattern ESCAPE '!' OR LOWER(e.category) LIKE :pattern ESCAPE '!')";

	private final JdbcClient jdbc;

	/**
	 * @param jdbc the database
	 */
	public FaqListQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Page page(Query query) {
		// PostgreSQL refuses a NUL in text (an error, not "no match"); no entry holds
		// one.
		String search = query.search() == null ? ""
				: query.search().replace("\u0000", "").strip().toLowerCase(Locale.ROOT);
		List<String> conditions = new ArrayList<>();
		conditions.add("1 = 1");
		if (!search.isEmpty()) {
			conditions.add(SEARCH);
		}
		String searched = String.join(" AND ", conditions);
		if (query.needsEditingOnly()) {
			conditions.add(NEEDS_EDITING);
		}
		String where = String.join(" AND ", conditions);
		String pattern = "%" + search.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
		long total = count(where, pattern);
		long needsEditing = count(searched + " AND " + NEEDS_EDITING, pattern);
		String order = query.order() == Order.CATEGORY ? "e.category, e.sort_key, e.id" : "e.sort_key, e.id";
		List<Listing> entries = jdbc.sql("SELECT e.id, e.question, e.category, e.department, e.published, e.updated_at,"
				+ " e.template_text,"
				+ " (SELECT COUNT(*) FROM kb_answer_feedback f WHERE f.faq_id = e.id AND f.solved = TRUE) AS solved,"
				+ " (SELECT COUNT(*) FROM kb_answer_feedback f WHERE f.faq_id = e.id AND f.solved = FALSE) AS unsolved,"
				+ " " + UNSOLVED_SINCE_EDIT + " AS unsolved_since_edit" + " FROM kb_faq_entries e WHERE " + where
				+ " ORDER BY " + order + " LIMIT :limit OFFSET :offset")
			.param("pattern", pattern)
			.param("limit", query.limit())
			.param("offset", query.offset())
			.query(FaqListQueries::listing)
			.list();
		return new Page(total, needsEditing, entries);
	}

	private long count(String where, String pattern) {
		return jdbc.sql("SELECT COUNT(*) FROM kb_faq_entries e WHERE " + where)
			.param("pattern", pattern)
			.query(Long.class)
			.single();
	}

	private static Listing listing(ResultSet rs, int row) throws SQLException {
		return new Listing(rs.getString("id"), rs.getString("question"), rs.getString("category"),
				rs.getString("department"), rs.getBoolean("published"),
				rs.getObject("updated_at", OffsetDateTime.class).toInstant(), rs.getBoolean("template_text"),
				rs.getLong("solved"), rs.getLong("unsolved"), rs.getLong("unsolved_since_edit"));
	}

}
