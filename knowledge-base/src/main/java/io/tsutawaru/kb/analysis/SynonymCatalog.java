package io.tsutawaru.kb.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Synonym lists in Solr's format ({@code 住民票,住民票の写し} or {@code 出産届 => 出生届}), applied to
 * the question text rather than to its tokens: Kuromoji's search mode emits token graphs
 * that Lucene's synonym filter cannot match reliably, and a resident's phrase matches
 * however the tokenizer would split it.
 */
public final class SynonymCatalog {

	private final List<Rule> rules;

	private SynonymCatalog(List<Rule> rules) {
		this.rules = List.copyOf(rules);
	}

	static SynonymCatalog read(List<FaqAnalysis.SynonymSource> sources) {
		var rules = new ArrayList<Rule>();
		for (var source : sources) {
			try (var reader = new BufferedReader(
					new InputStreamReader(source.opener().open(), StandardCharsets.UTF_8))) {
				int lineNumber = 0;
				for (String line; (line = reader.readLine()) != null;) {
					lineNumber++;
					parse(line, source.name(), lineNumber).ifPresent(rules::add);
				}
			}
			catch (IOException e) {
				throw new InvalidSynonymsException(source.name(), 0, e.getMessage());
			}
		}
		return new SynonymCatalog(rules);
	}

	private static java.util.Optional<Rule> parse(String line, String source, int lineNumber) {
		String text = line.strip();
		if (text.isEmpty() || text.startsWith("#")) {
			return java.util.Optional.empty();
		}
		String[] sides = text.split("=>", -1);
		if (sides.length > 2) {
			throw new InvalidSynonymsException(source, lineNumber, "more than one =>");
		}
		List<Phrase> left = phrases(sides[0]);
		List<Phrase> right = sides.length == 2 ? phrases(sides[1]) : left;
		if (left.isEmpty() || right.isEmpty() || (sides.length == 1 && left.size() < 2)) {
			throw new InvalidSynonymsException(source, lineNumber, "a rule needs two words or more");
		}
		return java.util.Optional.of(new Rule(left, right));
	}

	private static List<Phrase> phrases(String side) {
		var phrases = new ArrayList<Phrase>();
		for (String phrase : side.split(",")) {
			String key = key(phrase);
			if (!key.isEmpty()) {
				phrases.add(new Phrase(key, nfkc(phrase).strip()));
			}
		}
		return phrases;
	}

	/**
	 * NFKC, kana folding and lower case: the spelling differences that must not stop a
	 * match.
	 */
	static String key(String text) {
		return KanaFolding.fold(nfkc(text).toLowerCase(Locale.ROOT)).strip();
	}

	private static String nfkc(String text) {
		return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC);
	}

	/**
	 * The phrases a question should also be searched with: for each rule whose words
	 * occur in the question, the rule's other words.
	 * @param question the resident's question
	 * @return phrases to add, without those already in the question, spelt as in the list
	 * (the folded form matches, but Kuromoji splits katakana words written in hiragana
	 * wrongly: 「りさいくる」 is not 「リサイクル」)
	 */
	public Set<String> expansions(String question) {
		var added = new LinkedHashSet<String>();
		matches(question).forEach(match -> added.addAll(match.added()));
		return added;
	}

	/**
	 * The rules a question matches, each with the phrases of it the question contains, so
	 * that a caller can tell which of the resident's words an expansion stands for.
	 * @param question the resident's question
	 * @return one match per rule that adds a phrase, in the order of the lists
	 */
	public List<Match> matches(String question) {
		String text = key(question);
		var matches = new ArrayList<Match>();
		for (Rule rule : rules) {
			List<String> found = rule.from().stream().map(Phrase::key).filter(text::contains).toList();
			if (found.isEmpty()) {
				continue;
			}
			List<String> added = rule.to()
				.stream()
				.filter(phrase -> !text.contains(phrase.key()))
				.map(Phrase::text)
				.toList();
			if (!added.isEmpty()) {
				matches.add(new Match(found, added));
			}
		}
		return matches;
	}

	/**
	 * A rule that matched a question.
	 *
	 * @param found the rule's phrases the question contains, folded as
	 * {@link #key(String)} folds them
	 * @param added the phrases the rule adds, spelt as in the list
	 */
	public record Match(List<String> found, List<String> added) {

		/**
		 * Whether the rule stands for one of the question's words: the word lies within a
		 * phrase the question matched (時 in 何時まで), or the phrase within the word (the
		 * stem 捨て in 捨てる).
		 * @param word a word of the question as the analysis has it
		 */
		public boolean standsFor(String word) {
			String folded = key(word);
			return !folded.isEmpty()
					&& found.stream().anyMatch(phrase -> phrase.contains(folded) || folded.contains(phrase));
		}
	}

	/** How many rules the catalog holds. */
	public int size() {
		return rules.size();
	}

	private record Rule(List<Phrase> from, List<Phrase> to) {
	}

	/**
	 * A phrase of a rule: the folded form that matches questions, and the spelling that
	 * is searched.
	 */
	private record Phrase(String key, String text) {
	}

}
