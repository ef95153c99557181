package io.tsutawaru.app.shelter;

import java.util.Optional;

import io.tsutawaru.notifier.NoticePageSection;
import io.tsutawaru.notifier.PublishedNotice;
import io.tsutawaru.notifier.Severity;
import io.tsutawaru.shelters.Shelters;

import org.springframework.stereotype.Component;

/**
 * The open shelters on an emergency's 「詳しくはこちら」 page. The notice pages are the
 * notifier's, which may not know the shelters module, so the app adds them through the
 * notifier's {@link NoticePageSection} (docs/architecture.md). Only an emergency still in
 * force gets them: a cancelled alert or a routine notice is no reason to go to a shelter.
 */
@Component
class OpenShelterSection implements NoticePageSection {

	private final Shelters shelters;

	OpenShelterSection(Shelters shelters) {
		this.shelters = shelters;
	}

	@Override
	public Optional<String> html(PublishedNotice notice, String language) {
		if (notice.content().severity() != Severity.EMERGENCY || notice.type() == PublishedNotice.MessageType.CANCEL) {
			return Optional.empty();
		}
		return Optional.of(OpenShelterList.section(shelters.open(), ShelterPageWords.of(language), 2));
	}

}
