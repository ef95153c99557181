package io.tsutawaru.notifier;

import java.time.Instant;

/**
 * One audited action on a notice.
 *
 * @param actor the staff member's login name, or {@code system} for the workers
 * @param action what was done: created, submitted, approved, scheduled, sending, sent, updated, cancelled, …
 * @param detail a short description
 * @param at when
 */
public record AuditEntry(long noticeId, String actor, String action, String detail, Instant at) {
}
