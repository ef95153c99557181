package io.tsutawaru.kb.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;

/**
 * Ranks the indexed entries for a question: the fields' BM25 first, then each of the best hits weighed by how
 * broad its entry is ({@link QuestionBreadth}).
 */
final class FaqRanking {

    /**
     * How many of the best BM25 hits the breadth re-weighs. On the development split the top 50 give exactly the
     * ranking of re-weighing every hit: an entry further down never climbs into the top ten.
     */
    static final int POOL = 50;

    private final FaqQueries queries;
    private final IndexedEntries entries;

    FaqRanking(FaqQueries queries, IndexedEntries entries) {
        this.queries = queries;
        this.entries = entries;
    }

    List<Ranked> rank(IndexSearcher searcher, AnalysedQuestion question, int count) throws IOException {
        Query query = queries.build(question);
        if (query == null) {
            return List.of();
        }
        TopDocs top = searcher.search(query, Math.max(count, POOL));
        var ranked = new ArrayList<Ranked>(top.scoreDocs.length);
        for (ScoreDoc hit : top.scoreDocs) {
            var indexed = entries.get(searcher, hit.doc);
            float score = hit.score * QuestionBreadth.weight(indexed.questionTerms().size());
            ranked.add(new Ranked(hit.doc, score, indexed));
        }
        // A stable sort: entries of equal score keep Lucene's order (by document number).
        ranked.sort(Comparator.comparingDouble(Ranked::score).reversed());
        return List.copyOf(ranked.subList(0, Math.min(count, ranked.size())));
    }

    /** One ranked document of the searcher's reader, with the entry it was written from. */
    record Ranked(int doc, float score, IndexedEntries.Indexed indexed) {
    }
}
