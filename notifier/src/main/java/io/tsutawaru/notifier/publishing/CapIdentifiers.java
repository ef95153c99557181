package io.tsutawaru.notifier.publishing;

import io.tsutawaru.notifier.NotifierProperties;
import io.tsutawaru.notifier.PublishedNotice;

import org.springframework.stereotype.Component;

/**
 * CAP identifiers: one per published version, never reused, so an update is a new
 * document that references the earlier ones by {@code sender,identifier,sent}. CAP
 * forbids spaces, commas and the characters {@code <} and {@code &} in identifiers, which
 * these never contain.
 */
@Component
class CapIdentifiers {

	private final NotifierProperties.Cap cap;

	CapIdentifiers(NotifierProperties properties) {
		this.cap = properties.cap();
	}

	/** The identifier of one published version. */
	String of(long noticeId, int revision) {
		return "tsutawaru-" + cap.organizationCode() + "-" + noticeId + "-" + revision;
	}

	/** The CAP {@code references} entry of an earlier version. */
	String reference(PublishedNotice earlier) {
		return cap.sender() + "," + of(earlier.noticeId(), earlier.revision()) + ","
				+ CapTime.format(earlier.publishedAt());
	}

	String sender() {
		return cap.sender();
	}

	String senderName() {
		return cap.senderName();
	}

}
