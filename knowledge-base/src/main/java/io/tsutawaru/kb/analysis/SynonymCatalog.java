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
 * Synonym lists in Solr's format ({@code 住民票,住民票の写し} or {@code 出産届 => 出生届}), applied to the question
 * text rather than to its tokens: Kuromoji's search mode emits token graphs that Lucene's synonym filter cannot
 * match reliably, and a resident's phrase matches however the tokenizer would split it.
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
                for (String line; (line = reader.readLine()) != null; ) {
                    lineNumber++;
                    parse(line, source.name(), lineNumber).ifPresent(rules::add);
                }
            } catch (IOException e) {
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

    /** NFKC, kana folding and lower case: the spelling differences that must not stop a match. */
    static String key(String text) {
        return KanaFolding.fold(nfkc(text).toLowerCase(Locale.ROOT)).strip();
    }

    private static String nfkc(String text) {
        return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC);
    }

    /**
     * The phrases a question should also be searched with: for each rule whose words occur in the question, the
     * rule's other words.
     *
     * @param question the resident's question
     * @return phrases to add, without those already in the question, spelt as in the list (the folded form
     *         matches, but Kuromoji splits katakana words written in hiragana wrongly: 「りさいくる」 is not
     *         「リサイクル」)
     */
    public Set<String> expansions(String question) {
        String text = key(question);
        var added = new LinkedHashSet<String>();
        for (Rule rule : rules) {
            if (rule.from().stream().anyMatch(phrase -> text.contains(phrase.key()))) {
                rule.to().stream().filter(phrase -> !text.contains(phrase.key()))
                        .forEach(phrase -> added.add(phrase.text()));
            }
        }
        return added;
    }

    /** How many rules the catalog holds. */
    public int size() {
        return rules.size();
    }

    private record Rule(List<Phrase> from, List<Phrase> to) {
    }

    /** A phrase of a rule: the folded form that matches questions, and the spelling that is searched. */
    private record Phrase(String key, String text) {
    }
}
