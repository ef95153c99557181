package io.tsutawaru.notifier.notice;

import io.swagger.v3.oas.annotations.media.Schema;

/** Why staff cancel a notice: required for a notice that went out, optional before. */
@Schema(description = "Why the notice is cancelled. Required once the notice went out: every resident who received it "
		+ "gets the cancellation, which says what is cancelled, when it was issued and this reason (CAP note, L-Alert "
		+ "errata). Kept in the audit trail.")
record Cancellation(@Schema(example = "誤って送信したため", maxLength = 500) String reason) {
}
