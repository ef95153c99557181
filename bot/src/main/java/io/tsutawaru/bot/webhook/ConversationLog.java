package io.tsutawaru.bot.webhook;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import io.tsutawaru.bot.conversation.Topic;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * One row per event handled, for statistics and retention: what kind of event, which
 * conversation took it and how it ended. What residents wrote is never kept here, and
 * never written to the log files.
 */
@Component
class ConversationLog {

	/** How handling an event ended. */
	enum Outcome {

		ANSWERED, SILENT, DELIVERY_FAILED, RATE_LIMITED, IGNORED, FAILED

	}

	private final JdbcClient jdbc;

	ConversationLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void record(String userId, String eventKind, Topic topic, String language, Outcome outcome) {
		jdbc.sql("""
				INSERT INTO bot_conversation_log (line_user_id, event_kind, topic, language, outcome, at)
				VALUES (:user, :kind, :topic, :language, :outcome, :at)""")
			.param("user", userId)
			.param("kind", eventKind.length() > 32 ? eventKind.substring(0, 32) : eventKind)
			.param("topic", topic == null ? null : topic.code())
			.param("language", language)
			.param("outcome", outcome.name())
			.param("at", OffsetDateTime.now(ZoneOffset.UTC))
			.update();
	}

}
