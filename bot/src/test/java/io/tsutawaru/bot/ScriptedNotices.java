package io.tsutawaru.bot;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import io.tsutawaru.notifier.Channel;
import io.tsutawaru.notifier.NoticeNotFoundException;
import io.tsutawaru.notifier.PublishedNotice;
import io.tsutawaru.notifier.PublishedNotices;

import org.springframework.stereotype.Component;

/**
 * The notifier's published notices as the tests decide them (the notifier's own, in its
 * module, is tested there): the bot's menu reads the newest ones.
 */
@Component
public class ScriptedNotices implements PublishedNotices {

	/** Newest first, as the notifier answers. */
	final List<PublishedNotice> published = new CopyOnWriteArrayList<>();

	@Override
	public PublishedNotice revision(long noticeId, int revision) {
		return published.stream()
			.filter(notice -> notice.noticeId() == noticeId && notice.revision() == revision)
			.findFirst()
			.orElseThrow(() -> new NoticeNotFoundException(noticeId));
	}

	@Override
	public Optional<PublishedNotice> latest(long noticeId) {
		return published.stream().filter(notice -> notice.noticeId() == noticeId).findFirst();
	}

	@Override
	public List<PublishedNotice> revisions(long noticeId) {
		return published.stream().filter(notice -> notice.noticeId() == noticeId).toList().reversed();
	}

	@Override
	public List<PublishedNotice> recentlyPublished(int limit) {
		return published.stream().limit(limit).toList();
	}

	@Override
	public List<List<PublishedNotice>> recentlyPublishedOn(Channel channel, int limit) {
		return List.of();
	}

	@Override
	public List<Long> askingFirstPublishedBetween(Instant after, Instant before) {
		return List.of();
	}

}
