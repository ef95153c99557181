package io.tsutawaru.bot.shelter;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.tsutawaru.notifier.AlertStatus;
import io.tsutawaru.notifier.NoticeKind;
import io.tsutawaru.notifier.PublishedNotice;
import io.tsutawaru.notifier.PublishedNotices;
import io.tsutawaru.notifier.Severity;
import io.tsutawaru.shelters.Hazard;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The hazard residents are fleeing now: that of the newest emergency notice still in
 * force (not cancelled, not expired, not a test), mapped to the shelter lists' 災害種別. A
 * notice whose kind names no hazard (an evacuation order, a shelter opening) leaves it
 * open, and any open shelter is offered.
 */
@Component
class CurrentHazard {

	/** More than a city ever has in force at once; older ones are long over. */
	private static final int RECENT = 20;

	private final ObjectProvider<PublishedNotices> notices;

	private final Clock clock;

	CurrentHazard(ObjectProvider<PublishedNotices> notices, Clock clock) {
		// Optional: the bot runs without the notifier's notices in its own tests; then no
		// hazard is known.
		this.notices = notices;
		this.clock = clock;
	}

	Optional<Hazard> now() {
		PublishedNotices published = notices.getIfAvailable();
		return published == null ? Optional.empty() : of(published.recentlyPublished(RECENT), clock.instant());
	}

	/** The hazard of the newest emergency notice in force among these (newest first). */
	static Optional<Hazard> of(List<PublishedNotice> newestFirst, Instant now) {
		return newestFirst.stream()
			.filter(n -> n.content().severity() == Severity.EMERGENCY && n.content().status() != AlertStatus.TEST)
			.filter(n -> n.type() != PublishedNotice.MessageType.CANCEL)
			.filter(n -> n.content().expiresAt() == null || n.content().expiresAt().isAfter(now))
			.findFirst()
			.flatMap(n -> hazard(n.content().kind()));
	}

	static Optional<Hazard> hazard(NoticeKind kind) {
		return Optional.ofNullable(switch (kind) {
			case EARTHQUAKE -> Hazard.EARTHQUAKE;
			case TSUNAMI -> Hazard.TSUNAMI;
			case VOLCANO -> Hazard.VOLCANO;
			case LANDSLIDE -> Hazard.SEDIMENT;
			case FLOOD -> Hazard.FLOOD;
			// An evacuation order, a shelter opening, a weather warning, …: no 災害種別 of
			// their own.
			default -> null;
		});
	}

}
