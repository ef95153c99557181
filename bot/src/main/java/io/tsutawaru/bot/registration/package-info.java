/**
 * Residents' preferences (area, age band, interests, language, e-mail): the first
 * registration and later changes.
 */
package io.tsutawaru.bot.registration;
