package io.tsutawaru.kb.store;

import io.tsutawaru.kb.Contact;
import io.tsutawaru.kb.FaqEntry;
import io.tsutawaru.kb.TemplateText;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Writes many entries with JDBC batches: one query for the ids already stored, one batch
 * of updates, one of inserts, one delete and one batch of inserts for the alternative
 * phrasings. Plain SQL that H2 and PostgreSQL both run, with no vendor upsert.
 */
final class FaqRowBatches {

	/**
	 * Keeps an {@code IN} list and a batch well inside what drivers and servers accept.
	 */
	private static final int BATCH_SIZE = 500;

	private static final Pattern NUMBER = Pattern.compile("[0-9]+");

	private static final int DIGITS = 12;

	private static final String EXISTING = "SELECT id FROM kb_faq_entries WHERE id IN (:ids)";

	private static final String UPDATE = """
			UPDATE kb_faq_entries SET question = ?, answer = ?, category = ?, department = ?, contact_phone = ?,
			  contact_hours = ?, url = ?, language = ?, published = ?, updated_at = ?, sort_key = ?, template_text = ?
			  WHERE id = ?""";

	private static final String INSERT = """
			INSERT INTO kb_faq_entries (id, question, answer, category, department, contact_phone, contact_hours,
			  url, language, published, updated_at, source, sort_key, template_text)
			  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

	private static final String DELETE_ALTERNATIVES = "DELETE FROM kb_faq_alternatives WHERE faq_id IN (:ids)";

	private static final String INSERT_ALTERNATIVE = "INSERT INTO kb_faq_alternatives (faq_id, position, text) VALUES (?, ?, ?)";

	private final JdbcOperations jdbc;

	private final NamedParameterJdbcTemplate named;

	FaqRowBatches(JdbcOperations jdbc) {
		this.jdbc = jdbc;
		this.named = new NamedParameterJdbcTemplate(jdbc);
	}

	/**
	 * Must run inside a transaction: a failure part-way must leave no entry half written.
	 */
	void upsert(List<FaqEntry> entries, String source) {
		for (int from = 0; from < entries.size(); from += BATCH_SIZE) {
			upsertBatch(entries.subList(from, Math.min(entries.size(), from + BATCH_SIZE)), source);
		}
	}

	private void upsertBatch(List<FaqEntry> entries, String source) {
		var ids = Map.of("ids", entries.stream().map(FaqEntry::id).toList());
		// Asked rather than read from the update counts: drivers may batch with "count
		// unknown" (-2).
		var stored = new HashSet<>(named.queryForList(EXISTING, ids, String.class));
		var updates = new ArrayList<Object[]>();
		var inserts = new ArrayList<Object[]>();
		for (FaqEntry entry : entries) {
			if (stored.contains(entry.id())) {
				updates.add(updateRow(entry));
			}
			else {
				inserts.add(insertRow(entry, source));
			}
		}
		if (!updates.isEmpty()) {
			jdbc.batchUpdate(UPDATE, updates);
		}
		if (!inserts.isEmpty()) {
			jdbc.batchUpdate(INSERT, inserts);
		}
		named.update(DELETE_ALTERNATIVES, ids);
		var alternatives = new ArrayList<Object[]>();
		for (FaqEntry entry : entries) {
			for (int position = 0; position < entry.alternatives().size(); position++) {
				alternatives.add(new Object[] { entry.id(), position, entry.alternatives().get(position) });
			}
		}
		if (!alternatives.isEmpty()) {
			jdbc.batchUpdate(INSERT_ALTERNATIVE, alternatives);
		}
	}

	/**
	 * @param rows per entry: sort key, template flag, id
	 */
	void fillListColumns(List<Object[]> rows) {
		jdbc.batchUpdate("UPDATE kb_faq_entries SET sort_key = ?, template_text = ? WHERE id = ?", rows);
	}

	private static Object[] updateRow(FaqEntry e) {
		Contact contact = contact(e);
		return new Object[] { e.question(), e.answer(), e.category(), e.department(), contact.phone(), contact.hours(),
				url(e), e.language(), e.published(), e.updatedAt().atOffset(ZoneOffset.UTC), sortKey(e.id()),
				TemplateText.needsEditing(e), e.id() };
	}

	private static Object[] insertRow(FaqEntry e, String source) {
		Contact contact = contact(e);
		return new Object[] { e.id(), e.question(), e.answer(), e.category(), e.department(), contact.phone(),
				contact.hours(), url(e), e.language(), e.published(), e.updatedAt().atOffset(ZoneOffset.UTC), source,
				sortKey(e.id()), TemplateText.needsEditing(e) };
	}

	/**
	 * The id as the list orders it: lower-cased, each run of digits padded to
	 * {@value #DIGITS} so that numbers compare as numbers (kosodate-2 before kosodate-10)
	 * in any database's text order.
	 */
	static String sortKey(String id) {
		Matcher digits = NUMBER.matcher(id.toLowerCase(Locale.ROOT));
		var key = new StringBuilder();
		while (digits.find()) {
			String number = digits.group().replaceFirst("^0+(?=.)", "");
			digits.appendReplacement(key, "0".repeat(Math.max(0, DIGITS - number.length())) + number);
		}
		digits.appendTail(key);
		return key.length() <= 400 ? key.toString() : key.substring(0, 400);
	}

	private static Contact contact(FaqEntry entry) {
		return entry.contact() == null ? new Contact(null, null) : entry.contact();
	}

	private static String url(FaqEntry entry) {
		return entry.url() == null ? null : entry.url().toString();
	}

}
