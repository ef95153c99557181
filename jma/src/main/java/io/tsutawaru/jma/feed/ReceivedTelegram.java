package io.tsutawaru.jma.feed;

import java.time.Instant;

/**
 * A telegram as it arrived, before anything read it.
 *
 * @param id its row in the telegrams received ({@code jma_telegrams.id}), for the audit
 * trail
 * @param entryKey the feed entry's Atom id
 * @param feedTitle the title the feed gave the entry, e.g. 震度速報
 * @param xml the telegram's bytes, unread: it may be anything
 * @param receivedAt when this service fetched it
 */
public record ReceivedTelegram(long id, String entryKey, String feedTitle, byte[] xml, Instant receivedAt) {
}
