package io.tsutawaru.bot.conversation;

import java.util.Optional;

import io.tsutawaru.notifier.Subscriber;

/**
 * The person behind an event, as conversations need them.
 *
 * @param userId the LINE user id
 * @param language the language fixed texts are written in: {@code ja}, {@code en} or
 * {@code easy-ja}
 * @param subscriber what the notifier knows of them, if anything
 */
public record Resident(String userId, String language, Optional<Subscriber> subscriber) {

	/** Whether the resident agreed to the city keeping their preferences. */
	public boolean consented() {
		return subscriber.map(known -> known.consentAt() != null).orElse(false);
	}

	/** The same resident, now speaking another language (right after choosing it). */
	public Resident speaking(String newLanguage) {
		return new Resident(userId, newLanguage, subscriber);
	}

}
