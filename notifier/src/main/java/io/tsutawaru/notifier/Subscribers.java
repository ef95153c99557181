package io.tsutawaru.notifier;

import java.util.Optional;

/**
 * The residents who receive notices, as the bot and the batch jobs see them. A resident
 * known only by a LINE user id is registered on first contact: people who followed the
 * account before the service ran never send a follow event, so every method that takes a
 * LINE user id accepts one it has not seen yet.
 */
public interface Subscribers {

	/**
	 * Registers a resident who followed the account, or reactivates one who had left.
	 * Publishes {@link SubscriberRegistered}.
	 */
	Subscriber followed(String lineUserId);

	/**
	 * Marks the resident inactive at once, so nothing more is sent on LINE. Unknown ids
	 * are ignored. Publishes {@link SubscriberLeft} when a subscriber was known.
	 */
	void unfollowed(String lineUserId);

	/** The subscriber with this LINE user id, active or not. */
	Optional<Subscriber> findByLineUserId(String lineUserId);

	/** Records that the resident agreed to receive notices; consent time is now. */
	Subscriber recordConsent(String lineUserId);

	/**
	 * Replaces the resident's attributes (nulls mean "not chosen"). Publishes
	 * {@link SubscriberChanged}.
	 */
	Subscriber updatePreferences(String lineUserId, Preferences preferences);

	/**
	 * Stores the address unconfirmed and sends a confirmation mail with a link to
	 * {@code GET /subscribers/confirm?token=…}; notices go to it only once it is
	 * confirmed.
	 * @throws InvalidEmailException when the address is not a valid e-mail address
	 */
	void requestEmail(String lineUserId, String email);

	/** Forgets the resident's e-mail address, confirmed or not. */
	void removeEmail(String lineUserId);

}
