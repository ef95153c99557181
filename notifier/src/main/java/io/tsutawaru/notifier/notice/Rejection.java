package io.tsutawaru.notifier.notice;

import io.swagger.v3.oas.annotations.media.Schema;

/** Why a reviewer returns a notice to its author (差し戻し); the comment is required. */
@Schema(description = "What the author should change before submitting the notice again.")
record Rejection(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 2000,
		example = "配信日が誤っています。来月の第2土曜日に直してください。") String comment) {
}
