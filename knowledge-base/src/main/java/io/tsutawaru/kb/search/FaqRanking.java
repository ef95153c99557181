package io.tsutawaru.kb.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;

/** Ranks the indexed entries for a question. */
final class FaqRanking {

    private final FaqQueries queries;

    FaqRanking(FaqQueries queries) {
        this.queries = queries;
    }

    List<Ranked> rank(IndexSearcher searcher, AnalysedQuestion question, int count) throws IOException {
        Query query = queries.build(question);
        if (query == null) {
            return List.of();
        }
        TopDocs top = searcher.search(query, count);
        var ranked = new ArrayList<Ranked>(top.scoreDocs.length);
        for (ScoreDoc hit : top.scoreDocs) {
            ranked.add(new Ranked(hit.doc, hit.score));
        }
        return ranked;
    }

    /** One ranked document of the searcher's reader. */
    record Ranked(int doc, float score) {
    }
}
