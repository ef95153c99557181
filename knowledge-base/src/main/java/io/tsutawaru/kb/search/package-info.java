/**
 * The Lucene index of published FAQ entries, near-real-time, and the ranking and answer
 * decision on top of it.
 */
package io.tsutawaru.kb.search;
