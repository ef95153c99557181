package io.tsutawaru.notifier;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The published versions of notices, as the channels, the delivery plan, the public pages
 * and the CAP documents read them: written once at publication, never changed.
 */
public interface PublishedNotices {

	/**
	 * One published version.
	 * @throws NoticeNotFoundException when the notice or the version does not exist
	 */
	PublishedNotice revision(long noticeId, int revision);

	/** The latest published version, if the notice was published. */
	Optional<PublishedNotice> latest(long noticeId);

	/** Every published version, oldest first. */
	List<PublishedNotice> revisions(long noticeId);

	/** Notices published most recently first, with their latest version. */
	List<PublishedNotice> recentlyPublished(int limit);

	/**
	 * Notices published on a channel, most recently changed first, with every version,
	 * oldest first.
	 */
	List<List<PublishedNotice>> recentlyPublishedOn(Channel channel, int limit);

	/**
	 * Notices that ask residents for an answer, set minutes before escalation and are not
	 * cancelled, first published after {@code after} and at or before {@code before},
	 * oldest first: those whose escalation may be due.
	 */
	List<Long> askingFirstPublishedBetween(Instant after, Instant before);

}
