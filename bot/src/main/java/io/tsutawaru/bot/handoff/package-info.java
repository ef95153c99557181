/**
 * Hand-off of a resident's conversation to a person, and the staff API to answer and
 * close it.
 */
package io.tsutawaru.bot.handoff;
