/**
 * The knowledge base's public API: FAQ entries, search with an answer decision, editing
 * and the questions residents could not get answered.
 */
package io.tsutawaru.kb;
