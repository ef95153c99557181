package io.tsutawaru.notifier;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One audited action on a notice.
 *
 * @param actor the staff member's login name, or {@code system} for the workers
 * @param action what was done: created, submitted, approved, scheduled, sending, sent,
 * updated, cancelled, …
 * @param detail a short description
 * @param at when
 */
@Schema(description = "One audited action on a notice.")
public record AuditEntry(long noticeId,
		@Schema(description = "The staff member's login name, or system for the workers.") String actor,
		@Schema(description = "What was done: created, edited, submitted, approved, scheduled, sending, update, "
				+ "cancel (a published notice), cancelled (one that was not); by system, sent or partly_failed.") String action,
		@Schema(description = "A short description, e.g. the reason of a cancellation.", nullable = true) String detail,
		Instant at) {
}
