package io.tsutawaru.kb.feedback;

import io.tsutawaru.kb.QuestionUnanswered;
import io.tsutawaru.kb.UnansweredQuestions;
import java.text.Normalizer;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Keeps the questions the bot could not answer ({@link QuestionUnanswered} events) and
 * groups them for staff, so 「粗大ごみの出し方は？」 and 「粗大ゴミの出し方」 count as one question asked
 * twice.
 */
public final class JdbcUnansweredQuestions implements UnansweredQuestions {

	/** Longer text is pasted, not asked; the start says what it is about. */
	static final int MAX_STORED_LENGTH = 1_000;

	private static final Pattern SPACE_AND_PUNCTUATION = Pattern.compile("[\\s\\p{P}\\p{S}]+");

	private static final Pattern SPACE_BETWEEN_NON_LATIN = Pattern
		.compile("(?<![\\p{IsLatin}\\p{Nd}]) | (?![\\p{IsLatin}\\p{Nd}])");

	private static final int MAX_GROUPS = 1_000;

	private final JdbcClient jdbc;

	/**
	 * @param jdbc the database
	 */
	public JdbcUnansweredQuestions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Stores a question the bot could not answer. Blank questions carry nothing for staff
	 * and are ignored.
	 * @param event the question, its language and when it was asked
	 */
	@EventListener
	public void on(QuestionUnanswered event) {
		if (event.question() == null || event.question().isBlank()) {
			return;
		}
		String question = truncate(event.question().strip());
		jdbc.sql("INSERT INTO kb_unanswered_questions (question, normalized, language, asked_at) VALUES (?, ?, ?, ?)")
			.params(question, normalized(question), event.language() == null ? "ja" : truncate(event.language(), 20),
					(event.at() == null ? Instant.now() : event.at()).atOffset(ZoneOffset.UTC))
			.update();
	}

	@Override
	public List<Group> grouped(Instant since, int limit) {
		OffsetDateTime from = since.atOffset(ZoneOffset.UTC);
		return jdbc.sql("""
				SELECT g.language, g.asked, g.last_asked,
				  (SELECT q.question FROM kb_unanswered_questions q
				    WHERE q.normalized = g.normalized AND q.language = g.language AND q.asked_at >= ?
				    ORDER BY q.asked_at DESC, q.id DESC LIMIT 1) AS question
				FROM (SELECT normalized, language, COUNT(*) AS asked, MAX(asked_at) AS last_asked
				      FROM kb_unanswered_questions WHERE asked_at >= ? GROUP BY normalized, language) g
				ORDER BY g.asked DESC, g.last_asked DESC, g.normalized
				LIMIT ?""")
			.params(from, from, Math.clamp(limit, 0, MAX_GROUPS))
			.query((rs, n) -> new Group(rs.getString("question"), rs.getString("language"), rs.getLong("asked"),
					rs.getObject("last_asked", OffsetDateTime.class).toInstant()))
			.list();
	}

	/** Width, case, spaces and punctuation do not make another question. */
	static String normalized(String question) {
		String text = Normalizer.normalize(question, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
		text = SPACE_AND_PUNCTUATION.matcher(text).replaceAll(" ").strip();
		// Japanese does not separate words, so a space only counts between two Latin
		// words or numbers.
		text = SPACE_BETWEEN_NON_LATIN.matcher(text).replaceAll("");
		StringBuilder folded = new StringBuilder(text.length());
		// ゴミ and ごみ are one word to a resident: katakana letters fold onto hiragana.
		text.chars().forEach(c -> folded.append((char) (c >= 0x30A1 && c <= 0x30F6 ? c - 0x60 : c)));
		return truncate(folded.toString());
	}

	private static String truncate(String text) {
		return truncate(text, MAX_STORED_LENGTH);
	}

	private static String truncate(String text, int length) {
		return text.length() <= length ? text : text.substring(0, length);
	}

}
