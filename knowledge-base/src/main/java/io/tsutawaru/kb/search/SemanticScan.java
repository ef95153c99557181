package io.tsutawaru.kb.search;

import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The semantic stage's retrieval: every kept entry of the question's language scored by
 * the best cosine between the question's vector and the entry's vectors (all unit
 * vectors, so a dot product). An exact scan over one flat array of every vector, laid out
 * once after each change of the entries: 10,000 entries take about 2 ms
 * (docs/benchmarks.md), less than a vector index's upkeep on every import, and it scores
 * an entry by all its phrasings at once.
 */
final class SemanticScan {

	private SemanticScan() {
	}

	/** The {@code count} entries closest to the question, closest first. */
	static List<Near> nearest(Table table, float[] question, SearchLanguage language, int count) {
		var best = new PriorityQueue<Near>(count + 1, (a, b) -> Float.compare(a.similarity(), b.similarity()));
		int dimensions = question.length;
		if (dimensions != table.dimensions()) {
			return List.of();
		}
		float[] flat = table.vectors();
		for (int entry = 0; entry < table.entries().length; entry++) {
			if (table.languages()[entry] != language) {
				continue;
			}
			float similarity = -1;
			for (int row = table.firstRows()[entry]; row < table.firstRows()[entry + 1]; row++) {
				similarity = Math.max(similarity, dot(flat, row * dimensions, question));
			}
			if (best.size() < count) {
				best.add(new Near(table.entries()[entry], similarity));
			}
			else if (similarity > best.peek().similarity()) {
				best.poll();
				best.add(new Near(table.entries()[entry], similarity));
			}
		}
		var nearest = new ArrayList<>(best);
		nearest.sort((a, b) -> Float.compare(b.similarity(), a.similarity()));
		return nearest;
	}

	/**
	 * The best cosine between the question and any of the entry's texts; -1 for an entry
	 * without vectors.
	 */
	static float similarity(IndexedEntries.Indexed indexed, float[] question) {
		float best = -1;
		for (float[] vector : indexed.vectors()) {
			if (vector.length == question.length) {
				best = Math.max(best, dot(vector, 0, question));
			}
		}
		return best;
	}

	private static float dot(float[] vectors, int offset, float[] question) {
		// Four sums let the processor overlap the additions; a single sum waits on each
		// one.
		float s0 = 0;
		float s1 = 0;
		float s2 = 0;
		float s3 = 0;
		int i = 0;
		for (int end = question.length - 3; i < end; i += 4) {
			s0 += vectors[offset + i] * question[i];
			s1 += vectors[offset + i + 1] * question[i + 1];
			s2 += vectors[offset + i + 2] * question[i + 2];
			s3 += vectors[offset + i + 3] * question[i + 3];
		}
		for (; i < question.length; i++) {
			s0 += vectors[offset + i] * question[i];
		}
		return s0 + s1 + s2 + s3;
	}

	/**
	 * Every kept entry with vectors, its vectors side by side in one array (a scan then
	 * reads memory in order).
	 *
	 * @param entries the entries
	 * @param languages each entry's language
	 * @param firstRows the first row of each entry's vectors; one more element, the end
	 * @param vectors the rows, {@code dimensions} floats each
	 * @param dimensions the vectors' length
	 */
	record Table(IndexedEntries.Indexed[] entries, SearchLanguage[] languages, int[] firstRows, float[] vectors,
			int dimensions) {

		static Table of(IndexedEntries.Indexed[] kept) {
			int dimensions = 0;
			int rows = 0;
			var entries = new ArrayList<IndexedEntries.Indexed>();
			for (IndexedEntries.Indexed indexed : kept) {
				if (!indexed.vectors().isEmpty()) {
					dimensions = indexed.vectors().getFirst().length;
					entries.add(indexed);
					rows += indexed.vectors().size();
				}
			}
			var languages = new SearchLanguage[entries.size()];
			int[] firstRows = new int[entries.size() + 1];
			float[] vectors = new float[rows * dimensions];
			int row = 0;
			for (int i = 0; i < entries.size(); i++) {
				languages[i] = SearchLanguage.of(entries.get(i).entry().language());
				firstRows[i] = row;
				for (float[] vector : entries.get(i).vectors()) {
					if (vector.length == dimensions) {
						System.arraycopy(vector, 0, vectors, row++ * dimensions, dimensions);
					}
				}
			}
			firstRows[entries.size()] = row;
			return new Table(entries.toArray(IndexedEntries.Indexed[]::new), languages, firstRows, vectors, dimensions);
		}
	}

	/** An entry and its similarity to the question. */
	record Near(IndexedEntries.Indexed indexed, float similarity) {
	}

}
