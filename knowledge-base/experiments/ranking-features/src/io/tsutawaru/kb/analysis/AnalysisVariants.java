package io.tsutawaru.kb.analysis;

import java.util.List;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.ja.JapaneseAnalyzer;

/** Issue 16, third round: the shipped analysis with one inherited choice taken back, for the experiment. */
public final class AnalysisVariants {

    private AnalysisVariants() {
    }

    /** The shipped analysis whose questions are not widened by synonyms (the index is the same). */
    public static FaqAnalysis withoutSynonyms(FaqAnalysis shipped) {
        return new FaqAnalysis(shipped.japaneseWords(), shipped.japaneseStems(), SynonymCatalog.read(List.of()),
                shipped.japaneseReadings(), shipped.characterBigrams(), shipped.english(), shipped.japaneseTokens(),
                shipped.readingForm());
    }

    /** The shipped synonym list's lines, numbered from 1 as in the file. */
    public static List<String> synonymLines() throws java.io.IOException {
        try (var in = FaqAnalysis.class.getResourceAsStream("/kb/synonyms-ja.txt")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines().toList();
        }
    }

    /** The shipped analysis with line {@code number} (from 1) of the shipped synonym list left out. */
    public static FaqAnalysis withoutSynonymLine(FaqAnalysis shipped, int number) throws java.io.IOException {
        var lines = new java.util.ArrayList<>(synonymLines());
        lines.set(number - 1, "");
        byte[] text = String.join("\n", lines).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        var catalog = SynonymCatalog.read(List.of(new FaqAnalysis.SynonymSource("without " + number,
                () -> new java.io.ByteArrayInputStream(text))));
        return new FaqAnalysis(shipped.japaneseWords(), shipped.japaneseStems(), catalog, shipped.japaneseReadings(),
                shipped.characterBigrams(), shipped.english(), shipped.japaneseTokens(), shipped.readingForm());
    }

    /** Kuromoji's own stop words only, without the question-phrasing list (index and questions). */
    public static FaqAnalysis kuromojiStopWords(FaqAnalysis shipped) {
        CharArraySet stop = JapaneseAnalyzer.getDefaultStopSet();
        return new FaqAnalysis(new JapaneseWordAnalyzer(stop, false), new JapaneseWordAnalyzer(stop, true),
                shipped.synonyms(), new JapaneseReadingAnalyzer(stop), shipped.characterBigrams(), shipped.english(),
                new OnePassJapaneseAnalysis(stop), shipped.readingForm());
    }

}
