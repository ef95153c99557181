package io.tsutawaru.bot;

/**
 * The result of staff changing a report's status.
 *
 * @param report the report as it now is
 * @param notification whether the resident was told
 */
public record ReportStatusChange(Report report, PushOutcome notification) {
}
