package io.tsutawaru.kb.search;

import io.tsutawaru.kb.Candidate;
import io.tsutawaru.kb.Decision;
import io.tsutawaru.kb.SearchResult;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.IndexSearcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Searches the index and decides what the bot should do with the candidates. Never
 * throws: whatever a resident types, the bot gets a decision.
 */
public final class FaqSearch {

	/** The bot offers at most this many candidates; the API promises at most ten. */
	public static final int MAX_CANDIDATES = 10;

	/**
	 * The semantic stage's share of the fused score, chosen on the tune half
	 * (docs/benchmarks.md).
	 */
	public static final double SEMANTIC_WEIGHT = RankFusion.STANDARD.semanticWeight();

	private static final Logger log = LoggerFactory.getLogger(FaqSearch.class);

	private final FaqIndex index;

	private final FaqRanking ranking;

	private final DecisionThresholds decision;

	/**
	 * @param index the index to search
	 * @param thresholds when to answer, offer a choice or give up
	 */
	public FaqSearch(FaqIndex index, DecisionThresholds thresholds) {
		this(index, thresholds, RankFusion.STANDARD.semanticWeight());
	}

	/**
	 * @param index the index to search; when it has a model, the semantic stage joins the
	 * ranking
	 * @param thresholds when to answer, offer a choice or give up
	 * @param semanticWeight the semantic stage's share of the fused score, from 0 (words
	 * only) to 1
	 */
	public FaqSearch(FaqIndex index, DecisionThresholds thresholds, double semanticWeight) {
		this(index, thresholds, new RankFusion(semanticWeight));
	}

	/**
	 * For the evaluation command line: the two rankings fused by reciprocal rank.
	 * @param index the index to search
	 * @param thresholds when to answer, offer a choice or give up
	 * @param semanticWeight the semantic ranking's share, from 0 to 1
	 * @param k the constant added to each rank
	 * @return the search
	 */
	public static FaqSearch byReciprocalRank(FaqIndex index, DecisionThresholds thresholds, double semanticWeight,
			int k) {
		return new FaqSearch(index, thresholds, new RankFusion(semanticWeight, k));
	}

	private FaqSearch(FaqIndex index, DecisionThresholds thresholds, RankFusion fusion) {
		this.index = index;
		var semantic = index.semantic();
		this.ranking = new FaqRanking(new FaqQueries(index.analysis(), FieldWeights.STANDARD), index.entries(),
				semantic == null ? null : semantic.vectors().model(), fusion);
		this.decision = thresholds;
	}

	/**
	 * Ranks the entries for a question and decides whether to answer, offer a choice, or
	 * apologise.
	 * @param question any text, {@code null} included
	 * @param language {@code "ja"}, {@code "en"}, {@code "easy-ja"}; anything else is
	 * searched as Japanese
	 * @return the decision and at most {@value #MAX_CANDIDATES} candidates, best first
	 */
	public SearchResult search(String question, String language) {
		String text = question == null ? "" : question;
		if (text.isBlank()) {
			return new SearchResult(question, Decision.NOT_FOUND, List.of());
		}
		try {
			List<Candidate> candidates = index.withSearcher(searcher -> candidates(searcher, text, language));
			return new SearchResult(question, decision.decide(candidates), candidates);
		}
		catch (RuntimeException e) {
			// A failure here must not reach the resident as an error; the bot apologises
			// and staff see the log.
			log.warn("FAQ search failed for a question of {} characters", text.length(), e);
			return new SearchResult(question, Decision.NOT_FOUND, List.of());
		}
	}

	private List<Candidate> candidates(IndexSearcher searcher, String text, String language) throws IOException {
		var question = AnalysedQuestion.of(text, SearchLanguage.of(language), index.analysis());
		var ranked = ranking.rank(searcher, question, MAX_CANDIDATES);
		var candidates = new ArrayList<Candidate>(ranked.size());
		var scorer = AnswerConfidence.forQuestion(question, searcher.getIndexReader());
		for (var hit : ranked) {
			var indexed = hit.indexed();
			// A kana question's words may be Kuromoji's guesses (「じどうてあて」) or true words
			// (「うるさい」):
			// how much of its reading the entry's question shares counts as well.
			double confidence = scorer.confidence(indexed.questionTerms());
			if (question.kanaWritten()) {
				confidence = Math.max(confidence,
						AnswerConfidence.readingCoverage(question.reading(), readings(indexed.entry())));
			}
			candidates.add(new Candidate(indexed.entry(), hit.score(), confidence));
		}
		return candidates;
	}

	private List<String> readings(io.tsutawaru.kb.FaqEntry entry) {
		var readings = new ArrayList<String>(1 + entry.alternatives().size());
		readings.add(index.analysis().readingForm().of(entry.question()));
		entry.alternatives().forEach(alternative -> readings.add(index.analysis().readingForm().of(alternative)));
		return readings;
	}

	/**
	 * The ids of the best entries for a question, best first: what the evaluation
	 * measures.
	 * @param question the question
	 * @param language its language
	 * @param count how many ids at most
	 * @return entry ids, best first
	 */
	public List<String> rankIds(String question, String language, int count) {
		return index.withSearcher(searcher -> {
			var ids = new ArrayList<String>(count);
			var analysed = AnalysedQuestion.of(question, SearchLanguage.of(language), index.analysis());
			for (var hit : ranking.rank(searcher, analysed, count)) {
				ids.add(hit.indexed().entry().id());
			}
			return ids;
		});
	}

}
