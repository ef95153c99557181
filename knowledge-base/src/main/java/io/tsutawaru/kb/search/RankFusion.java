package io.tsutawaru.kb.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * Mixes the word ranking with the semantic one: each candidate of either scores
 * {@code (1 - w) · BM25 / best BM25 + w · (cosine - lowest) / (highest - lowest)}, the
 * cosines taken over the candidates of both. Scores of either kind are only comparable
 * within one question, hence the normalising; a linear mix beat reciprocal-rank fusion on
 * the tune half (docs/benchmarks.md).
 *
 * @param semanticWeight w, chosen on the tune half of the development split
 */
record RankFusion(double semanticWeight, int reciprocalRankK) {

	static final RankFusion STANDARD = new RankFusion(0.2);

	RankFusion(double semanticWeight) {
		this(semanticWeight, 0);
	}

	RankFusion {
		if (semanticWeight < 0 || semanticWeight > 1) {
			throw new IllegalArgumentException("the semantic weight must lie between 0 and 1");
		}
	}

	List<FaqRanking.Ranked> fuse(List<FaqRanking.Ranked> lexical, List<SemanticScan.Near> nearest, float[] question) {
		var pool = new LinkedHashMap<String, Candidate>();
		float best = lexical.isEmpty() ? 1 : Math.max(lexical.getFirst().score(), Float.MIN_NORMAL);
		for (FaqRanking.Ranked hit : lexical) {
			pool.put(hit.indexed().entry().id(), new Candidate(hit.doc(), hit.indexed(), hit.score() / best,
					SemanticScan.similarity(hit.indexed(), question)));
		}
		for (SemanticScan.Near near : nearest) {
			pool.putIfAbsent(near.indexed().entry().id(), new Candidate(-1, near.indexed(), 0, near.similarity()));
		}
		double low = Double.MAX_VALUE;
		double high = -Double.MAX_VALUE;
		for (Candidate candidate : pool.values()) {
			if (!candidate.indexed().vectors().isEmpty()) {
				low = Math.min(low, candidate.similarity());
				high = Math.max(high, candidate.similarity());
			}
		}
		if (reciprocalRankK > 0) {
			return reciprocalRanks(pool);
		}
		var fused = new ArrayList<FaqRanking.Ranked>(pool.size());
		for (Candidate candidate : pool.values()) {
			// An entry whose vectors are still pending (computed after an import) is
			// ranked by its words alone, neither helped nor held back by meaning.
			double semantic = candidate.indexed().vectors().isEmpty() ? candidate.lexical()
					: high > low ? (candidate.similarity() - low) / (high - low) : 0;
			double score = (1 - semanticWeight) * candidate.lexical() + semanticWeight * semantic;
			fused.add(new FaqRanking.Ranked(candidate.doc(), (float) score, candidate.indexed()));
		}
		fused.sort(Comparator.comparingDouble(FaqRanking.Ranked::score).reversed());
		return fused;
	}

	private record Candidate(int doc, IndexedEntries.Indexed indexed, double lexical, float similarity) {
	}

	/**
	 * For the evaluation: {@code (1 - w) / (k + word rank) + w / (k + semantic rank)}, an
	 * entry without vectors taking its word rank for both.
	 */
	private List<FaqRanking.Ranked> reciprocalRanks(LinkedHashMap<String, Candidate> pool) {
		var bySimilarity = pool.values()
			.stream()
			.filter(candidate -> !candidate.indexed().vectors().isEmpty())
			.sorted(Comparator.comparingDouble(Candidate::similarity).reversed())
			.toList();
		var semanticRank = new java.util.HashMap<String, Integer>();
		for (int i = 0; i < bySimilarity.size(); i++) {
			semanticRank.put(bySimilarity.get(i).indexed().entry().id(), i + 1);
		}
		var fused = new ArrayList<FaqRanking.Ranked>(pool.size());
		int lexicalRank = 0;
		for (Candidate candidate : pool.values()) {
			boolean lexical = candidate.doc() >= 0;
			lexicalRank += lexical ? 1 : 0;
			double words = lexical ? 1.0 / (reciprocalRankK + lexicalRank) : 0;
			Integer rank = semanticRank.get(candidate.indexed().entry().id());
			double meaning = rank == null ? words : 1.0 / (reciprocalRankK + rank);
			double score = (1 - semanticWeight) * words + semanticWeight * meaning;
			fused.add(new FaqRanking.Ranked(candidate.doc(), (float) score, candidate.indexed()));
		}
		fused.sort(Comparator.comparingDouble(FaqRanking.Ranked::score).reversed());
		return fused;
	}

}
