package io.tsutawaru.kb.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.ja.JapaneseAnalyzer;

/**
 * The analyzers of the FAQ index, built once, and the synonyms that expand questions. The
 * same analysis runs at index and query time; synonyms apply to questions only, so staff
 * can extend them without rebuilding the index.
 *
 * @param japaneseWords both sides of the Japanese word fields
 * @param japaneseStems both sides of the whole-entry field: words as in
 * {@code japaneseWords}, reduced to their kanji where they have any
 * @param synonyms phrases that questions are also searched with
 * @param japaneseReadings both sides of the reading field
 * @param characterBigrams both sides of the bigram fallback field
 * @param english both sides of English fields
 * @param japaneseTokens the word and reading analyses in one Kuromoji pass, for the
 * questions that feed both (at index and at query time)
 * @param readingForm a question's whole reading, whose character pairs meet an all-kana
 * question
 */
public record FaqAnalysis(Analyzer japaneseWords, Analyzer japaneseStems, SynonymCatalog synonyms,
		Analyzer japaneseReadings, Analyzer characterBigrams, Analyzer english, OnePassJapaneseAnalysis japaneseTokens,
		JapaneseReadingForm readingForm) {

	private static final String SHIPPED_SYNONYMS = "/kb/synonyms-ja.txt";

	private static final String QUESTION_STOP_WORDS = "/kb/question-stopwords-ja.txt";

	/**
	 * Builds the analyzers with the shipped synonym list and, optionally, staff's own
	 * lists.
	 * @param staffSynonyms further files in Solr synonym format (UTF-8); each must exist
	 * @return the analyzers
	 * @throws InvalidSynonymsException when a synonym file cannot be read or parsed
	 */
	public static FaqAnalysis load(List<Path> staffSynonyms) {
		CharArraySet stopWords = stopWords();
		var sources = new ArrayList<SynonymSource>();
		sources.add(new SynonymSource(SHIPPED_SYNONYMS, () -> resource(SHIPPED_SYNONYMS)));
		for (Path file : staffSynonyms) {
			sources.add(new SynonymSource(file.toString(), () -> Files.newInputStream(file)));
		}
		return new FaqAnalysis(new JapaneseWordAnalyzer(stopWords, false), new JapaneseWordAnalyzer(stopWords, true),
				SynonymCatalog.read(sources), new JapaneseReadingAnalyzer(stopWords), new CharacterBigramAnalyzer(),
				new EnglishAnalyzer(), new OnePassJapaneseAnalysis(stopWords), new JapaneseReadingForm());
	}

	/** Builds the analyzers with the shipped synonym list only. */
	public static FaqAnalysis standard() {
		return load(List.of());
	}

	private static CharArraySet stopWords() {
		// Kuromoji's stop words plus the phrasing of questions (知りたい, 教えてください, どうすれば…),
		// which says
		// nothing about the topic and only adds noise to a resident's question.
		var set = new CharArraySet(JapaneseAnalyzer.getDefaultStopSet(), false);
		try (Reader reader = new InputStreamReader(resource(QUESTION_STOP_WORDS), StandardCharsets.UTF_8)) {
			set.addAll(WordlistLoader.getWordSet(reader, "#", new CharArraySet(16, false)));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return CharArraySet.unmodifiableSet(set);
	}

	private static InputStream resource(String name) throws IOException {
		return Objects.requireNonNull(FaqAnalysis.class.getResourceAsStream(name), name + " missing");
	}

	/** A synonym file by name, opened on demand. */
	record SynonymSource(String name, Opener opener) {
	}

	/** Opens a synonym source. */
	interface Opener {

		InputStream open() throws IOException;

	}
}
