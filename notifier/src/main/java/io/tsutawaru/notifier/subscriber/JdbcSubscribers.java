package io.tsutawaru.notifier.subscriber;

import java.time.Clock;
import java.util.Optional;

import io.tsutawaru.notifier.Preferences;
import io.tsutawaru.notifier.Subscriber;
import io.tsutawaru.notifier.SubscriberChanged;
import io.tsutawaru.notifier.SubscriberLeft;
import io.tsutawaru.notifier.SubscriberRegistered;
import io.tsutawaru.notifier.Subscribers;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Subscribers kept in the database; publishes an event for every change the rest of the
 * system may react to.
 */
@Service
class JdbcSubscribers implements Subscribers {

	private final SubscriberTable table;

	private final EmailConfirmations confirmations;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	JdbcSubscribers(SubscriberTable table, EmailConfirmations confirmations, ApplicationEventPublisher events) {
		this.table = table;
		this.confirmations = confirmations;
		this.events = events;
		this.clock = Clock.systemUTC();
	}

	@Override
	@Transactional
	public Subscriber followed(String lineUserId) {
		Subscriber subscriber = known(lineUserId);
		if (!subscriber.active()) {
			table.setActive(subscriber.id(), true, clock.instant());
		}
		events.publishEvent(new SubscriberRegistered(subscriber.id(), clock.instant()));
		return reload(lineUserId);
	}

	@Override
	@Transactional
	public void unfollowed(String lineUserId) {
		table.findByLineUserId(lineUserId).ifPresent(subscriber -> {
			table.setActive(subscriber.id(), false, clock.instant());
			events.publishEvent(new SubscriberLeft(subscriber.id(), clock.instant()));
		});
	}

	@Override
	public Optional<Subscriber> findByLineUserId(String lineUserId) {
		return table.findByLineUserId(lineUserId);
	}

	@Override
	@Transactional
	public Subscriber recordConsent(String lineUserId) {
		table.setConsent(known(lineUserId).id(), clock.instant());
		return reload(lineUserId);
	}

	@Override
	@Transactional
	public Subscriber updatePreferences(String lineUserId, Preferences preferences) {
		Subscriber subscriber = known(lineUserId);
		table.setPreferences(subscriber.id(), preferences == null ? Preferences.NONE : preferences, clock.instant());
		events.publishEvent(new SubscriberChanged(subscriber.id(), clock.instant()));
		return reload(lineUserId);
	}

	@Override
	public void requestEmail(String lineUserId, String email) {
		String address = EmailAddress.checked(email);
		Subscriber subscriber = known(lineUserId);
		String token = confirmations.newToken();
		table.setUnconfirmedEmail(subscriber.id(), address, token, clock.instant());
		confirmations.send(address, token);
	}

	@Override
	@Transactional
	public void removeEmail(String lineUserId) {
		table.findByLineUserId(lineUserId).ifPresent(s -> table.clearEmail(s.id(), clock.instant()));
	}

	/**
	 * The subscriber with this id, registered now if the resident followed before the
	 * service knew them.
	 */
	private Subscriber known(String lineUserId) {
		if (lineUserId == null || lineUserId.isBlank()) {
			throw new IllegalArgumentException("A LINE user id is required");
		}
		return table.findByLineUserId(lineUserId).orElseGet(() -> {
			table.insertIfAbsent(lineUserId, clock.instant());
			return reload(lineUserId);
		});
	}

	private Subscriber reload(String lineUserId) {
		return table.findByLineUserId(lineUserId).orElseThrow();
	}

}
