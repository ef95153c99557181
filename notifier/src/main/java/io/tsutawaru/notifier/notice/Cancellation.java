package io.tsutawaru.notifier.notice;

import io.swagger.v3.oas.annotations.media.Schema;

/** Why staff cancel a notice; the body of a cancellation is optional. */
@Schema(description = "Why the notice is cancelled, kept in its audit trail.")
record Cancellation(@Schema(example = "解除") String reason) {
}
