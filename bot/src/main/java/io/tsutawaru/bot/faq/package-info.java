/**
 * Answers residents' questions from the knowledge base, and records whether the answers
 * helped.
 */
package io.tsutawaru.bot.faq;
