/**
 * The nearest open shelters for a resident who sends a location or taps 近くの避難所 (issue
 * 18).
 */
package io.tsutawaru.bot.shelter;
