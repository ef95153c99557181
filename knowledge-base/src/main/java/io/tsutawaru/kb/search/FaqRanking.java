package io.tsutawaru.kb.search;

import io.tsutawaru.kb.semantic.SentenceEmbedding;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ranks the indexed entries for a question: the fields' BM25 first, each of the best hits
 * weighed by how broad its entry is ({@link QuestionBreadth}) and, for a question written
 * in kanji, by how much of what it asks about the resident asked about
 * ({@link QuestionCoverage}); then, when the index has a model, fused with the semantic
 * stage ({@link RankFusion}) over the best of both.
 */
final class FaqRanking {

	/**
	 * How many of the best BM25 hits the breadth re-weighs, and how many of the
	 * semantically nearest entries join them. On the development split the top 50 give
	 * exactly the ranking of re-weighing every hit: an entry further down never climbs
	 * into the top ten.
	 */
	static final int POOL = 50;

	private static final Logger log = LoggerFactory.getLogger(FaqRanking.class);

	private final FaqQueries queries;

	private final IndexedEntries entries;

	private final SentenceEmbedding model;

	private final RankFusion fusion;

	FaqRanking(FaqQueries queries, IndexedEntries entries) {
		this(queries, entries, null, RankFusion.STANDARD);
	}

	/**
	 * @param model embeds the question for the semantic stage, or {@code null} to rank by
	 * words only
	 * @param fusion how the two rankings are mixed
	 */
	FaqRanking(FaqQueries queries, IndexedEntries entries, SentenceEmbedding model, RankFusion fusion) {
		this.queries = queries;
		this.entries = entries;
		this.model = model;
		this.fusion = fusion;
	}

	List<Ranked> rank(IndexSearcher searcher, AnalysedQuestion question, int count) throws IOException {
		var lexical = lexical(searcher, question);
		float[] vector = questionVector(question);
		var ranked = vector == null ? lexical : fusion.fuse(lexical,
				SemanticScan.nearest(entries.vectors(), vector, question.language(), POOL), vector);
		return List.copyOf(ranked.subList(0, Math.min(count, ranked.size())));
	}

	private List<Ranked> lexical(IndexSearcher searcher, AnalysedQuestion question) throws IOException {
		Query query = queries.build(question);
		if (query == null) {
			return List.of();
		}
		TopDocs top = searcher.search(query, POOL);
		var ranked = new ArrayList<Ranked>(top.scoreDocs.length);
		// Measured on Japanese questions written in kanji only: a kana question's words
		// rarely meet the entries' (its reading finds them), an English one has other
		// fields.
		var coverage = question.language() == SearchLanguage.JAPANESE && !question.kanaWritten()
				? new QuestionCoverage(searcher.getIndexReader()) : null;
		Set<String> asked = question.words().terms();
		for (ScoreDoc hit : top.scoreDocs) {
			var indexed = entries.get(searcher, hit.doc);
			float score = hit.score * QuestionBreadth.weight(indexed.breadth());
			if (coverage != null) {
				score *= coverage.weight(indexed.phrasings(), asked);
			}
			ranked.add(new Ranked(hit.doc, score, indexed));
		}
		// A stable sort: entries of equal score keep Lucene's order (by document number).
		ranked.sort(Comparator.comparingDouble(Ranked::score).reversed());
		return ranked;
	}

	/**
	 * The question's vector, or {@code null} to rank by words only: no model, an English
	 * question (the packaged model was measured on Japanese only), or a question with no
	 * word to search for.
	 */
	private float[] questionVector(AnalysedQuestion question) {
		if (model == null || fusion.semanticWeight() == 0 || question.language() == SearchLanguage.ENGLISH
				|| question.words().terms().isEmpty()) {
			return null;
		}
		try {
			return model.embedQuery(question.text());
		}
		catch (RuntimeException e) {
			// The words still find the entries; the resident gets an answer either way.
			log.warn("The question could not be embedded; ranked by words only: {}", e.getMessage());
			return null;
		}
	}

	/**
	 * One ranked entry, with its document number in the searcher's reader ({@code -1}:
	 * found by meaning only).
	 */
	record Ranked(int doc, float score, IndexedEntries.Indexed indexed) {
	}

}
