package io.tsutawaru.notifier.delivery;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.tsutawaru.notifier.AlertStatus;
import io.tsutawaru.notifier.Channel;
import io.tsutawaru.notifier.NotifierProperties;
import io.tsutawaru.notifier.PublishedNotice;
import io.tsutawaru.notifier.delivery.DeliveryBatch.Address;
import io.tsutawaru.notifier.segment.Recipient;
import io.tsutawaru.notifier.segment.RecipientChannels;
import io.tsutawaru.notifier.segment.SegmentQueries;
import io.tsutawaru.notifier.segment.SegmentRule;

import org.springframework.stereotype.Component;

/**
 * Cuts a notice's recipients into batches: LINE batches of one language each (a multicast
 * carries one text), e-mail batches, and e-mail for residents the notice reaches only on
 * LINE but who cannot get LINE (blocked the account) while having a confirmed address.
 * Updates and cancellations go to exactly the first version's recipients.
 */
@Component
class RecipientBatches {

	private final SegmentQueries segments;

	private final NotifierProperties properties;

	RecipientBatches(SegmentQueries segments, NotifierProperties properties) {
		this.segments = segments;
		this.properties = properties;
	}

	record Broadcast(DeliveryBatch batch, int followers) {
	}

	/**
	 * A LINE broadcast when a real notice goes to everyone: one request instead of
	 * thousands. An update or a cancellation of a broadcast is broadcast again, since the
	 * followers it reached were never listed one by one.
	 */
	Broadcast broadcast(PublishedNotice notice, boolean emergency, BatchTable table) {
		if (!notice.content().channels().contains(Channel.LINE) || notice.content().status() == AlertStatus.TEST) {
			return null;
		}
		// A document batch (website, CAP, …) has no recipients either: only a LINE batch
		// without them is a broadcast.
		boolean toEveryone = notice.revision() == 1
				? segments.parse(notice.content().segmentRule()) instanceof SegmentRule.All
				: table.ofRevision(notice.noticeId(), 1).stream().anyMatch(RecipientBatches::lineBroadcast);
		if (!toEveryone) {
			return null;
		}
		int followers = (int) segments.count(new SegmentRule.All()).line();
		return new Broadcast(new DeliveryBatch(0, notice.noticeId(), notice.revision(), Channel.LINE, "ja", emergency,
				List.of(), BatchTable.newRetryKey()), followers);
	}

	private static boolean lineBroadcast(BatchTable.Row row) {
		return row.batch().channel() == Channel.LINE && row.batch().broadcast();
	}

	/**
	 * What one chunk of a plan wrote: the batches to queue, the last subscriber it
	 * covered, whether it was the last.
	 */
	record Chunk(List<Long> batchIds, long lastSubscriberId, boolean complete) {
	}

	/**
	 * Whether this version's recipients are planned in chunks, each queued as soon as it
	 * is written: the first version of a notice to a segment. Updates copy the first
	 * version's batches and test notices go to a short list, so those are planned at once
	 * by {@link #plan}.
	 */
	boolean plannedInChunks(PublishedNotice notice) {
		Set<Channel> channels = notice.content().channels();
		return notice.revision() == 1 && notice.content().status() != AlertStatus.TEST
				&& (channels.contains(Channel.LINE) || channels.contains(Channel.EMAIL));
	}

	/**
	 * Plans the batches of up to {@code limit} selected residents with ids above
	 * {@code afterId}.
	 */
	Chunk planChunk(PublishedNotice notice, boolean emergency, BatchTable table, long afterId, int limit) {
		var writer = new Writer(notice, emergency, table);
		SegmentRule rule = segments.parse(notice.content().segmentRule());
		// The broadcast itself is planned with the documents; here only who it does not
		// reach.
		boolean lineBroadcast = notice.content().channels().contains(Channel.LINE) && rule instanceof SegmentRule.All;
		long[] last = { afterId };
		int streamed = segments.forEachRecipient(rule, afterId, limit, r -> {
			last[0] = r.subscriberId();
			writer.recipient(r, lineBroadcast);
		});
		return new Chunk(writer.finish(), last[0], streamed < limit);
	}

	List<Long> plan(PublishedNotice notice, boolean emergency, BatchTable table) {
		Set<Channel> channels = notice.content().channels();
		if (!channels.contains(Channel.LINE) && !channels.contains(Channel.EMAIL)) {
			return List.of();
		}
		var writer = new Writer(notice, emergency, table);
		if (notice.revision() > 1) {
			for (BatchTable.Row row : table.ofRevision(notice.noticeId(), 1)) {
				if (!row.batch().broadcast()) {
					writer.add(row.batch().channel(), row.batch().language(), row.batch().recipients());
				}
			}
			return writer.finish();
		}
		boolean lineBroadcast = broadcast(notice, emergency, table) != null;
		if (notice.content().status() == AlertStatus.TEST) {
			var group = properties.testGroup();
			group.lineUserIds().forEach(id -> writer.recipient(new Recipient(0, id, null, null), false));
			group.emails().forEach(email -> writer.recipient(new Recipient(0, null, email, null), false));
		}
		else {
			segments.forEachRecipient(segments.parse(notice.content().segmentRule()),
					r -> writer.recipient(r, lineBroadcast));
		}
		return writer.finish();
	}

	/**
	 * Fills batches per channel and language and writes them in chunks, so memory stays
	 * flat.
	 */
	private final class Writer {

		private final PublishedNotice notice;

		/**
		 * The channels of each resident: the same choice the head-count staff confirmed
		 * was counted with.
		 */
		private final RecipientChannels routes;

		private final boolean emergency;

		private final BatchTable table;

		private final Map<String, List<Address>> open = new HashMap<>();

		private final List<DeliveryBatch> full = new ArrayList<>();

		private final List<Long> ids = new ArrayList<>();

		Writer(PublishedNotice notice, boolean emergency, BatchTable table) {
			this.routes = new RecipientChannels(notice.content().channels());
			this.notice = notice;
			this.emergency = emergency;
			this.table = table;
		}

		void recipient(Recipient r, boolean lineBroadcast) {
			if (routes.line(r) && !lineBroadcast) {
				add(Channel.LINE, language(r.language()), List.of(new Address(r.subscriberId(), r.lineUserId())));
			}
			if (routes.email(r)) {
				add(Channel.EMAIL, language(r.language()), List.of(new Address(r.subscriberId(), r.email())));
			}
		}

		void add(Channel channel, String language, List<Address> addresses) {
			int size = channel == Channel.LINE ? properties.line().batchSize() : properties.fanOut().emailBatchSize();
			String key = channel + "/" + language;
			for (Address address : addresses) {
				List<Address> batch = open.computeIfAbsent(key, k -> new ArrayList<>(size));
				batch.add(address);
				if (batch.size() >= size) {
					close(channel, language, open.remove(key));
				}
			}
		}

		private void close(Channel channel, String language, List<Address> addresses) {
			full.add(new DeliveryBatch(0, notice.noticeId(), notice.revision(), channel, language, emergency,
					List.copyOf(addresses), BatchTable.newRetryKey()));
			if (full.size() >= 200) {
				ids.addAll(table.insert(full, 0));
				full.clear();
			}
		}

		List<Long> finish() {
			for (var entry : Map.copyOf(open).entrySet()) {
				String[] key = entry.getKey().split("/", 2);
				close(Channel.valueOf(key[0]), key[1], entry.getValue());
			}
			open.clear();
			ids.addAll(table.insert(full, 0));
			full.clear();
			return ids;
		}

		/** Batches are per language the notice is written in; others read Japanese. */
		private String language(String language) {
			return language != null && notice.content().translations().containsKey(language) ? language : "ja";
		}

	}

}
