package io.tsutawaru.kb.search;

import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The semantic stage's retrieval: every kept entry of the question's language scored by the best cosine between
 * the question's vector and the entry's vectors (all unit vectors, so a dot product). An exact scan: 10,000 entries
 * take a few milliseconds (docs/benchmarks.md), less than a vector index's upkeep on every import, and it scores
 * an entry by all its phrasings at once.
 */
final class SemanticScan {

    private SemanticScan() {
    }

    /** The {@code count} entries closest to the question, closest first. */
    static List<Near> nearest(IndexedEntries.Indexed[] entries, float[] question, SearchLanguage language, int count) {
        var best = new PriorityQueue<Near>(count + 1, (a, b) -> Float.compare(a.similarity(), b.similarity()));
        for (IndexedEntries.Indexed indexed : entries) {
            if (indexed.vectors().isEmpty() || SearchLanguage.of(indexed.entry().language()) != language) {
                continue;
            }
            float similarity = similarity(indexed, question);
            if (best.size() < count) {
                best.add(new Near(indexed, similarity));
            } else if (similarity > best.peek().similarity()) {
                best.poll();
                best.add(new Near(indexed, similarity));
            }
        }
        var nearest = new ArrayList<>(best);
        nearest.sort((a, b) -> Float.compare(b.similarity(), a.similarity()));
        return nearest;
    }

    /** The best cosine between the question and any of the entry's texts; -1 for an entry without vectors. */
    static float similarity(IndexedEntries.Indexed indexed, float[] question) {
        float best = -1;
        for (float[] vector : indexed.vectors()) {
            if (vector.length == question.length) {
                best = Math.max(best, dot(vector, question));
            }
        }
        return best;
    }

    private static float dot(float[] a, float[] b) {
        // Four sums let the processor overlap the additions; a single sum waits on each one.
        float s0 = 0;
        float s1 = 0;
        float s2 = 0;
        float s3 = 0;
        int i = 0;
        for (int end = a.length - 3; i < end; i += 4) {
            s0 += a[i] * b[i];
            s1 += a[i + 1] * b[i + 1];
            s2 += a[i + 2] * b[i + 2];
            s3 += a[i + 3] * b[i + 3];
        }
        for (; i < a.length; i++) {
            s0 += a[i] * b[i];
        }
        return s0 + s1 + s2 + s3;
    }

    /** An entry and its similarity to the question. */
    record Near(IndexedEntries.Indexed indexed, float similarity) {
    }
}
