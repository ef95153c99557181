package io.tsutawaru.kb;

/**
 * One entry a search found.
 *
 * @param entry the entry
 * @param score the ranking score; only comparable within one search
 * @param confidence how likely this entry answers the question, from 0 to 1; comparable
 * across searches
 */
public record Candidate(FaqEntry entry, double score, double confidence) {
}
