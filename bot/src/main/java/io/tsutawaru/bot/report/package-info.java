/**
 * Residents' reports (通報) with photo and location, and the staff API that answers them.
 */
package io.tsutawaru.bot.report;
