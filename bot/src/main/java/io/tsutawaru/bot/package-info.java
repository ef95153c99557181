/**
 * The bot's public API for the staff console: residents' reports, hand-offs to a person,
 * and the bot's settings.
 */
package io.tsutawaru.bot;
