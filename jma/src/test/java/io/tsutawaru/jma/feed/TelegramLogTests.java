package io.tsutawaru.jma.feed;

import java.sql.Timestamp;
import java.time.Instant;

import io.tsutawaru.jma.JmaTelegram;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The log staff read: a draft that nobody sent yet is found however many telegrams came
 * after it (on a busy day most are ignored: other areas, below the city's minimum).
 */
@SpringBootTest(classes = FeedTestApplication.class, properties = "tsutawaru.jma.poll-interval=PT1H")
@ContextConfiguration(initializers = FeedDatabase.class)
class TelegramLogTests {

	@Autowired
	TelegramLog log;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void emptyLog() {
		jdbc.sql("DELETE FROM jma_telegrams").update();
	}

	private void received(int n, Instant at, TelegramAction action, Long noticeId) {
		jdbc.sql("INSERT INTO jma_telegrams (entry_key, digest, title, received_at, action, notice_id) "
				+ "VALUES (?, ?, ?, ?, ?, ?)")
			.params("urn:test:" + n, "digest-" + n, "telegram " + n, Timestamp.from(at), action.id(), noticeId)
			.update();
	}

	@Test
	void aDraftIsFoundBehindThousandsOfLaterTelegramsNewestFirst() {
		Instant start = Instant.parse("2026-07-01T00:00:00Z");
		received(0, start, TelegramAction.DRAFTED, 41L);
		received(1, start.plusSeconds(1), TelegramAction.DRAFTED, 42L);
		for (int n = 2; n < 1_502; n++) {
			received(n, start.plusSeconds(n), n % 2 == 0 ? TelegramAction.IGNORED : TelegramAction.SENT,
					n % 2 == 0 ? null : 1_000L + n);
		}

		assertThat(log.received(1_000)).extracting(JmaTelegram::title).doesNotContain("telegram 0", "telegram 1");
		assertThat(log.drafted(100)).extracting(JmaTelegram::title, JmaTelegram::noticeId)
			.containsExactly(tuple("telegram 1", 42L), tuple("telegram 0", 41L));
		assertThat(log.drafted(1)).extracting(JmaTelegram::title).containsExactly("telegram 1");
	}

}
