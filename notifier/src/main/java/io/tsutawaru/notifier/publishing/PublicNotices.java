package io.tsutawaru.notifier.publishing;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.tsutawaru.notifier.AlertStatus;
import io.tsutawaru.notifier.Channel;
import io.tsutawaru.notifier.PublishedNotice;
import io.tsutawaru.notifier.PublishedNotice.MessageType;
import io.tsutawaru.notifier.Severity;
import io.tsutawaru.notifier.PublishedNotices;

import org.springframework.stereotype.Component;

/**
 * What the public website shows: notices sent to the website channel. A {@code test}
 * notice goes only to the test group, so it is left out of the list, the feed and the
 * banner; its page stays reachable by its address.
 */
@Component
class PublicNotices {

	private static final int SHOWN = 50;

	private final PublishedNotices documents;

	PublicNotices(PublishedNotices documents) {
		this.documents = documents;
	}

	/** Recent notices, newest first, each with all its versions (oldest first). */
	List<List<PublishedNotice>> recent() {
		return documents.recentlyPublishedOn(Channel.WEBSITE, SHOWN)
			.stream()
			.filter(versions -> versions.get(0).content().status() != AlertStatus.TEST)
			.toList();
	}

	/** One notice's versions, if it went to the website. */
	Optional<List<PublishedNotice>> notice(long id) {
		List<PublishedNotice> versions;
		try {
			versions = documents.revisions(id);
		}
		catch (io.tsutawaru.notifier.NoticeNotFoundException ex) {
			return Optional.empty();
		}
		return versions.isEmpty() || !versions.get(0).content().channels().contains(Channel.WEBSITE) ? Optional.empty()
				: Optional.of(versions);
	}

	/**
	 * How long the banner shows that an emergency was cancelled: a resident who saw the
	 * alert on the city's homepage learns of the cancellation there too, and then the
	 * banner goes away.
	 */
	static final Duration CANCELLATION_SHOWN = Duration.ofMinutes(30);

	/**
	 * The emergency residents should see now: the newest one that is current (not
	 * expired), or whose cancellation was published less than {@link #CANCELLATION_SHOWN}
	 * ago (its latest version is then the cancellation).
	 */
	Optional<PublishedNotice> currentEmergency(Instant now) {
		return recent().stream()
			.map(versions -> versions.get(versions.size() - 1))
			.filter(latest -> latest.content().severity() == Severity.EMERGENCY)
			.filter(latest -> latest.type() == MessageType.CANCEL
					? latest.publishedAt().plus(CANCELLATION_SHOWN).isAfter(now)
					: latest.content().expiresAt() == null || latest.content().expiresAt().isAfter(now))
			.findFirst();
	}

}
