package io.tsutawaru.jma.feed;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Claims a fetched telegram and has it acted on, in one transaction: the row of the
 * telegrams received is inserted first, and its unique keys (the feed entry, the digest
 * of the bytes) make every other process that fetched the same telegram wait for this one
 * and then find it taken. The claim, the notice and the outcome commit together, so a
 * crash in the middle leaves nothing claimed and the telegram is acted on by whoever
 * polls next.
 */
@Component
class TelegramIntake {

	private static final Logger log = LoggerFactory.getLogger(TelegramIntake.class);

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final TelegramHandler handler;

	private final FeedLedger ledger;

	private final Clock clock;

	TelegramIntake(JdbcClient jdbc, TransactionTemplate transactions, TelegramHandler handler, FeedLedger ledger,
			Clock clock) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.handler = handler;
		this.ledger = ledger;
		this.clock = clock;
	}

	/**
	 * Acts on the telegram unless another process (or another entry with the same bytes)
	 * already did.
	 */
	void take(FeedLedger.Pending entry, byte[] xml) {
		Instant now = clock.instant();
		try {
			TelegramOutcome outcome = transactions.execute(status -> {
				long id = claim(entry, digest(xml), now);
				TelegramOutcome acted = handler.act(new ReceivedTelegram(id, entry.key(), entry.title(), xml, now));
				record(id, acted);
				ledger.done(entry.id());
				return acted;
			});
			log.info("JMA telegram {} ({}): {}{}", entry.key(), outcome.title(), outcome.action().id(),
					outcome.noticeId() == null ? "" : " notice " + outcome.noticeId());
		}
		catch (DuplicateKeyException ex) {
			// Taken, and committed, by another process or under another entry: nothing
			// more to do here.
			ledger.done(entry.id());
			log.info("JMA telegram {} was already taken", entry.key());
		}
	}

	/**
	 * Records a telegram that could not be fetched or acted on after the last attempt as
	 * ignored with the reason, so staff see it; a second entry with the same bytes would
	 * still be tried (its digest is not known here).
	 */
	void giveUp(FeedLedger.Pending entry, String problem) {
		Instant now = clock.instant();
		try {
			transactions.executeWithoutResult(status -> {
				long id = claim(entry, "gave-up:" + entry.id(), now);
				record(id, TelegramOutcome.unreadable(entry.title(),
						"not-received: " + problem + " (" + (entry.attempts() + 1) + " attempts)"));
				ledger.done(entry.id());
			});
		}
		catch (DuplicateKeyException ex) {
			ledger.done(entry.id());
		}
		log.warn("JMA telegram {} given up: {}", entry.key(), problem);
	}

	private long claim(FeedLedger.Pending entry, String digest, Instant now) {
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("INSERT INTO jma_telegrams (entry_key, digest, title, received_at, action) VALUES (?, ?, ?, ?, ?)")
			.params(entry.key(), digest, entry.title(), Timestamp.from(now), TelegramAction.IGNORED.id())
			.update(keys, "id");
		return keys.getKeyAs(Long.class);
	}

	private void record(long id, TelegramOutcome outcome) {
		jdbc.sql(
				"UPDATE jma_telegrams SET title = COALESCE(?, title), info_kind = ?, info_type = ?, status = ?, event_id = ?, action = ?, "
						+ "reason = ?, notice_id = ? WHERE id = ?")
			.params(clip(outcome.title(), 500), clip(outcome.infoKind(), 100), clip(outcome.infoType(), 20),
					clip(outcome.status(), 20), clip(outcome.eventId(), 200), outcome.action().id(),
					clip(outcome.reason(), 1000), outcome.noticeId(), id)
			.update();
	}

	private static String clip(String text, int length) {
		return text == null ? null : AtomEntries.clip(text, length);
	}

	static String digest(byte[] xml) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(xml));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every JVM has SHA-256", ex);
		}
	}

}
