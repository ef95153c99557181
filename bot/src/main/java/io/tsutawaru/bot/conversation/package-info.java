/**
 * How residents' events reach the conversation that handles them, and what every
 * conversation shares.
 */
package io.tsutawaru.bot.conversation;
