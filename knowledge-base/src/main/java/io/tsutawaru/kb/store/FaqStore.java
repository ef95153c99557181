package io.tsutawaru.kb.store;

import io.tsutawaru.kb.Contact;
import io.tsutawaru.kb.FaqEntry;
import io.tsutawaru.kb.TemplateText;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionOperations;

/**
 * The FAQ entries in the database: the source of truth, which the Lucene index follows.
 * Internal to the knowledge base; other modules use {@link io.tsutawaru.kb.FaqEditor} and
 * {@link io.tsutawaru.kb.KnowledgeBase}.
 */
public final class FaqStore {

	private static final String COLUMNS = "id, question, answer, category, department, contact_phone, contact_hours,"
			+ " url, language, published, updated_at";

	private final JdbcClient jdbc;

	private final FaqRowBatches batches;

	private final TransactionOperations transactions;

	/**
	 * @param jdbc the database
	 * @param transactions runs an entry's row and its alternatives as one change
	 */
	public FaqStore(JdbcOperations jdbc, TransactionOperations transactions) {
		this.jdbc = JdbcClient.create(jdbc);
		this.batches = new FaqRowBatches(jdbc);
		this.transactions = transactions;
	}

	/**
	 * @param id an entry's id
	 * @return the entry, or empty when there is none
	 */
	public Optional<FaqEntry> find(String id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM kb_faq_entries WHERE id = ?")
			.param(id)
			.query(FaqStore::row)
			.optional()
			.map(entry -> withAlternatives(entry, alternatives(id)));
	}

	/**
	 * @return every entry, ordered by id
	 */
	public List<FaqEntry> list() {
		Map<String, List<String>> alternatives = new HashMap<>();
		jdbc.sql("SELECT faq_id, text FROM kb_faq_alternatives ORDER BY faq_id, position")
			.query((rs, n) -> alternatives.computeIfAbsent(rs.getString(1), id -> new ArrayList<>())
				.add(rs.getString(2)))
			.list();
		return jdbc.sql("SELECT " + COLUMNS + " FROM kb_faq_entries ORDER BY id")
			.query(FaqStore::row)
			.list()
			.stream()
			.map(entry -> withAlternatives(entry, alternatives.getOrDefault(entry.id(), List.of())))
			.toList();
	}

	/**
	 * Fills the list's sort key and template flag of entries stored before they existed
	 * (written with every entry since); a few statements, once.
	 * @return how many entries were filled
	 */
	public int fillListColumns() {
		var rows = jdbc
			.sql("SELECT " + COLUMNS + " FROM kb_faq_entries WHERE sort_key IS NULL OR template_text IS NULL")
			.query(FaqStore::row)
			.list();
		if (rows.isEmpty()) {
			return 0;
		}
		var updates = rows.stream()
			.map(e -> new Object[] { FaqRowBatches.sortKey(e.id()), TemplateText.needsEditing(e), e.id() })
			.toList();
		transactions.executeWithoutResult(status -> batches.fillListColumns(updates));
		return rows.size();
	}

	/**
	 * @return whether the database holds no entry at all
	 */
	public boolean isEmpty() {
		return jdbc.sql("SELECT COUNT(*) FROM kb_faq_entries").query(Long.class).single() == 0;
	}

	/**
	 * Creates or replaces entries by id, all in one transaction, a few statements per
	 * call whatever the number of entries (an import of 10,000 entries would otherwise
	 * wait on tens of thousands of round trips). The source of a replaced entry is kept:
	 * an edited sample entry is still derived from the sample.
	 * @param entries the entries, already valid, each id at most once
	 * @param source the third-party data they come from, or {@code null} for the city's
	 * own
	 */
	public void upsertAll(List<FaqEntry> entries, String source) {
		if (entries.isEmpty()) {
			return;
		}
		transactions.executeWithoutResult(status -> batches.upsert(entries, source));
	}

	/**
	 * @param id an entry's id
	 * @return whether there was such an entry
	 */
	public boolean delete(String id) {
		return jdbc.sql("DELETE FROM kb_faq_entries WHERE id = ?").param(id).update() > 0;
	}

	/**
	 * @param source a third-party data set
	 * @return whether any entry from it remains
	 */
	public boolean hasEntriesFrom(String source) {
		return jdbc.sql("SELECT COUNT(*) FROM kb_faq_entries WHERE source = ?")
			.param(source)
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * A digest of every entry's id, publication and last change, and of the phrasings
	 * staff accepted from residents: equal digests mean the same entries searched the
	 * same way, so an index built from one state can be trusted while the digest holds.
	 * Cheap enough to compute on every edit.
	 * @return the digest, in hex
	 */
	public String fingerprint() {
		MessageDigest digest = sha256();
		jdbc.sql("SELECT id, published, updated_at FROM kb_faq_entries ORDER BY id").query((rs, n) -> {
			digest.update((rs.getString(1) + '\t' + rs.getBoolean(2) + '\t' + instant(rs, 3) + '\n')
				.getBytes(StandardCharsets.UTF_8));
			return n;
		}).list();
		jdbc.sql("SELECT id FROM kb_candidate_phrasings WHERE status = 'ACCEPTED' ORDER BY id").query((rs, n) -> {
			digest.update(("phrasing\t" + rs.getLong(1) + '\n').getBytes(StandardCharsets.UTF_8));
			return n;
		}).list();
		return HexFormat.of().formatHex(digest.digest());
	}

	private List<String> alternatives(String id) {
		return jdbc.sql("SELECT text FROM kb_faq_alternatives WHERE faq_id = ? ORDER BY position")
			.param(id)
			.query(String.class)
			.list();
	}

	private static FaqEntry row(ResultSet rs, int rowNum) throws SQLException {
		String phone = rs.getString("contact_phone");
		String hours = rs.getString("contact_hours");
		String url = rs.getString("url");
		return new FaqEntry(rs.getString("id"), rs.getString("question"), List.of(), rs.getString("answer"),
				rs.getString("category"), rs.getString("department"),
				phone == null && hours == null ? null : new Contact(phone, hours), url == null ? null : URI.create(url),
				rs.getString("language"), instant(rs, "updated_at"), rs.getBoolean("published"));
	}

	private static FaqEntry withAlternatives(FaqEntry e, List<String> alternatives) {
		return new FaqEntry(e.id(), e.question(), alternatives, e.answer(), e.category(), e.department(), e.contact(),
				e.url(), e.language(), e.updatedAt(), e.published());
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, OffsetDateTime.class).toInstant();
	}

	private static Instant instant(ResultSet rs, int column) throws SQLException {
		return rs.getObject(column, OffsetDateTime.class).toInstant();
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
		}
	}

}
