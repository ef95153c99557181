package io.tsutawaru.kb.transfer;

import io.tsutawaru.kb.FaqEntry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The LocalgovFAQ corpus format: {@code {"<id>": "Question: <question>\nAnswer:
 * <answer>\n"}}, whose answers mark line breaks with 「＜改＞」.
 */
public final class LocalgovFaqFormat {

	private static final Pattern QUESTION_ANSWER = Pattern.compile("(?s)\\s*Question:\\s*(.*?)\\s*\\nAnswer:\\s*(.*)");

	private static final Pattern TOPIC_PREFIX = Pattern.compile("^【([^】]{1,30})】");

	private static final Pattern LINE_BREAK_MARK = Pattern.compile("＜改＞。?");

	private LocalgovFaqFormat() {
	}

	/**
	 * Reads a whole corpus file, in document order.
	 * @param file the corpus
	 * @return its entries, published, in Japanese
	 */
	public static List<FaqEntry> read(Path file) {
		try (InputStream in = Files.newInputStream(file)) {
			Map<String, String> documents = JsonMapper.builder().build().readValue(in, new TypeReference<>() {
			});
			var entries = new ArrayList<FaqEntry>(documents.size());
			documents.forEach((id, text) -> parse(id, text).ifPresent(entries::add));
			return entries;
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot read corpus " + file, e);
		}
	}

	/**
	 * Parses one document.
	 * @param id the document's id
	 * @param text {@code "Question: …\nAnswer: …"}
	 * @return the entry, or empty when the text has no question and answer
	 */
	public static Optional<FaqEntry> parse(String id, String text) {
		if (text == null) {
			return Optional.empty();
		}
		var matcher = QUESTION_ANSWER.matcher(text);
		if (!matcher.matches() || matcher.group(1).isBlank() || matcher.group(2).isBlank()) {
			return Optional.empty();
		}
		String question = matcher.group(1).strip();
		String answer = cleanAnswer(matcher.group(2));
		var topic = TOPIC_PREFIX.matcher(question);
		String category = topic.find() ? topic.group(1) : null;
		return Optional
			.of(new FaqEntry(id, question, List.of(), answer, category, null, null, null, "ja", Instant.EPOCH, true));
	}

	/**
	 * Turns the 「＜改＞」 markers (and the 「。」 the export put after them) into real line
	 * breaks.
	 */
	static String cleanAnswer(String answer) {
		return LINE_BREAK_MARK.matcher(answer.strip()).replaceAll("\n").strip();
	}

}
