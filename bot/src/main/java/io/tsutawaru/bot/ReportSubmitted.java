package io.tsutawaru.bot;

import java.time.Instant;

/**
 * A resident submitted a report (carries no personal data).
 *
 * @param number the report's number
 * @param category its category
 * @param at when it was submitted
 */
public record ReportSubmitted(String number, String category, Instant at) {
}
