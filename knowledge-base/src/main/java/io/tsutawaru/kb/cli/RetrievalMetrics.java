package io.tsutawaru.kb.cli;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The metrics of the FAQ evaluation set, all over the top 10 and averaged over queries:
 * nDCG (gain = grade, log2 discount, ideal DCG from every labelled document), recall, MRR
 * and precision at 1.
 */
final class RetrievalMetrics {

	static final int DEPTH = 10;

	private int queries;

	private double ndcg;

	private double recall;

	private double mrr;

	private double precisionAtOne;

	void add(List<String> ranked, Map<String, Integer> grades) {
		queries++;
		List<String> top = ranked.subList(0, Math.min(DEPTH, ranked.size()));
		double dcg = 0;
		int found = 0;
		double reciprocal = 0;
		for (int i = 0; i < top.size(); i++) {
			int grade = grades.getOrDefault(top.get(i), 0);
			if (grade > 0) {
				dcg += grade / log2(i + 2);
				found++;
				if (reciprocal == 0) {
					reciprocal = 1.0 / (i + 1);
				}
			}
		}
		List<Integer> ideal = grades.values().stream().filter(g -> g > 0).sorted((a, b) -> b - a).toList();
		double idcg = 0;
		for (int i = 0; i < Math.min(DEPTH, ideal.size()); i++) {
			idcg += ideal.get(i) / log2(i + 2);
		}
		ndcg += idcg > 0 ? dcg / idcg : 0;
		recall += ideal.isEmpty() ? 0 : (double) found / ideal.size();
		mrr += reciprocal;
		precisionAtOne += !top.isEmpty() && grades.getOrDefault(top.getFirst(), 0) > 0 ? 1 : 0;
	}

	private static double log2(double x) {
		return Math.log(x) / Math.log(2);
	}

	double ndcg() {
		return queries == 0 ? 0 : ndcg / queries;
	}

	double precisionAtOne() {
		return queries == 0 ? 0 : precisionAtOne / queries;
	}

	String toJson() {
		double n = Math.max(1, queries);
		return String.format(Locale.ROOT,
				"{\"queries\":%d,\"ndcg@10\":%.4f,\"recall@10\":%.4f,\"mrr@10\":%.4f,\"p@1\":%.4f}", queries, ndcg / n,
				recall / n, mrr / n, precisionAtOne / n);
	}

}
