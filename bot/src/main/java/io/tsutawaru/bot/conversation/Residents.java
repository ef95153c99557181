package io.tsutawaru.bot.conversation;

import io.tsutawaru.notifier.Preferences;
import io.tsutawaru.notifier.Subscriber;
import io.tsutawaru.notifier.Subscribers;

import org.springframework.stereotype.Component;

/** Looks up who is behind an event, and which language to speak with them. */
@Component
class Residents {

	private final Subscribers subscribers;

	Residents(Subscribers subscribers) {
		this.subscribers = subscribers;
	}

	Resident find(String userId) {
		var subscriber = subscribers.findByLineUserId(userId);
		String language = subscriber.map(Subscriber::preferences)
			.map(Preferences::language)
			.filter(ResidentTexts.LANGUAGES::contains)
			.orElse("ja");
		return new Resident(userId, language, subscriber);
	}

}
