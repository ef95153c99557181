package io.tsutawaru.notifier.website;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.tsutawaru.notifier.AlertStatus;
import io.tsutawaru.notifier.Channel;
import io.tsutawaru.notifier.PublishedNotice;
import io.tsutawaru.notifier.PublishedNotice.MessageType;
import io.tsutawaru.notifier.Severity;
import io.tsutawaru.notifier.notice.NoticeDocuments;

import org.springframework.stereotype.Component;

/**
 * What the public website shows: notices sent to the website channel. A {@code test} notice goes only to the test
 * group, so it is left out of the list, the feed and the banner; its page stays reachable by its address.
 */
@Component
class PublicNotices {

	private static final int SHOWN = 50;

	private final NoticeDocuments documents;

	PublicNotices(NoticeDocuments documents) {
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

	/** The emergency residents should see now: the newest one that is neither cancelled nor expired. */
	Optional<PublishedNotice> currentEmergency(Instant now) {
		return recent().stream()
			.map(versions -> versions.get(versions.size() - 1))
			.filter(latest -> latest.content().severity() == Severity.EMERGENCY && latest.type() != MessageType.CANCEL)
			.filter(latest -> latest.content().expiresAt() == null || latest.content().expiresAt().isAfter(now))
			.findFirst();
	}

}
