/**
 * The resident chat page: a person plays a resident whose LINE app posts signed webhooks
 * to the bot.
 */
package io.tsutawaru.app.sandbox.chat;
