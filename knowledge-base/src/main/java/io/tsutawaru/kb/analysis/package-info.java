/**
 * Text analysis for FAQ search: Japanese words, their readings, character bigrams and
 * English, all normalised the same way.
 */
package io.tsutawaru.kb.analysis;
