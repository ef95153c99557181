/**
 * Delivery of the bot's messages to LINE: reply while the reply token is fresh, push
 * otherwise.
 */
package io.tsutawaru.bot.line;
