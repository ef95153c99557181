package io.tsutawaru.bot.registration;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.linecorp.bot.messaging.model.Action;
import com.linecorp.bot.messaging.model.Message;
import io.tsutawaru.bot.conversation.PostbackData;
import io.tsutawaru.bot.conversation.Replies;
import io.tsutawaru.bot.conversation.Resident;
import io.tsutawaru.bot.conversation.ResidentTexts;
import io.tsutawaru.bot.conversation.Topic;
import io.tsutawaru.notifier.AttributeCatalog;
import io.tsutawaru.notifier.InvalidEmailException;
import io.tsutawaru.notifier.Preferences;
import io.tsutawaru.notifier.Subscriber;
import io.tsutawaru.notifier.Subscribers;

import org.springframework.stereotype.Component;

/**
 * The questions of the preference dialog and what an answer changes, shared by the first
 * registration and the 「配信設定」 conversation. Choices come from the notifier's
 * {@link AttributeCatalog}, so the city configures its districts and topics in one place.
 */
@Component
class PreferenceForm {

	static final String LANGUAGE = "language";

	static final String AREA = "area";

	static final String AGE_BAND = "age";

	static final String INTERESTS = "interests";

	static final String EMAIL = "email";

	/** Quick replies hold 13 buttons; one is kept for "skip" or "done". */
	private static final int MAX_CHOICES = 12;

	private final AttributeCatalog catalog;

	private final Subscribers subscribers;

	private final ResidentTexts texts;

	PreferenceForm(AttributeCatalog catalog, Subscribers subscribers, ResidentTexts texts) {
		this.catalog = catalog;
		this.subscribers = subscribers;
		this.texts = texts;
	}

	/**
	 * Asks for one field; {@code last} is the button below the choices (skip or done), or
	 * null.
	 */
	Message question(Topic topic, String field, Resident resident, Action last) {
		String language = resident.language();
		Preferences current = current(resident);
		List<Action> buttons = new ArrayList<>();
		switch (field) {
			case LANGUAGE -> ResidentTexts.LANGUAGES.forEach(code -> buttons
				.add(Replies.postback(texts.text(code, "language.name"), PostbackData.of(topic, LANGUAGE, code))));
			case AREA -> choices(catalog.areas(), "area.", topic, AREA, language, Set.of(), buttons);
			case AGE_BAND -> choices(catalog.ageBands(), "age.", topic, AGE_BAND, language, Set.of(), buttons);
			case INTERESTS ->
				choices(catalog.interests(), "interest.", topic, "interest", language, current.interests(), buttons);
			default -> {
				// e-mail is typed, not chosen
			}
		}
		if (last != null) {
			buttons.add(last);
		}
		return Replies.text(texts.text(language, "preferences.ask." + field), buttons);
	}

	/**
	 * Stores one chosen value; an interest toggles. Values not in the catalog (an old
	 * button after the city changed its districts) are ignored.
	 */
	Subscriber choose(Resident resident, String field, String value) {
		Preferences now = current(resident);
		Preferences changed = switch (field) {
			case LANGUAGE -> ResidentTexts.LANGUAGES.contains(value)
					? new Preferences(now.area(), now.ageBand(), now.interests(), value) : now;
			case AREA -> catalog.areas().contains(value)
					? new Preferences(value, now.ageBand(), now.interests(), now.language()) : now;
			case AGE_BAND -> catalog.ageBands().contains(value)
					? new Preferences(now.area(), value, now.interests(), now.language()) : now;
			case "interest" -> catalog.interests().contains(value)
					? new Preferences(now.area(), now.ageBand(), toggled(now.interests(), value), now.language()) : now;
			default -> now;
		};
		return subscribers.updatePreferences(resident.userId(), changed);
	}

	/**
	 * Asks the notifier to confirm an address by mail; the answer says whether it was
	 * accepted.
	 */
	boolean requestEmail(Resident resident, String typed) {
		try {
			subscribers.requestEmail(resident.userId(), typed.strip());
			return true;
		}
		catch (InvalidEmailException invalid) {
			return false;
		}
	}

	/**
	 * The resident's settings in words, e.g. for 「配信設定」 and the end of the registration.
	 */
	String summary(Subscriber subscriber, String language) {
		Preferences preferences = subscriber.preferences();
		String none = texts.text(language, "preferences.none");
		String interests = preferences.interests().isEmpty() ? none : String.join("、",
				preferences.interests().stream().sorted().map(i -> texts.label(language, "interest." + i, i)).toList());
		String email = subscriber.email() == null ? none : texts.text(language,
				subscriber.emailConfirmed() ? "preferences.email.confirmed" : "preferences.email.pending");
		return texts.text(language, "preferences.summary",
				preferences.area() == null ? none
						: texts.label(language, "area." + preferences.area(), preferences.area()),
				preferences.ageBand() == null ? none
						: texts.label(language, "age." + preferences.ageBand(), preferences.ageBand()),
				interests,
				texts.text(preferences.language() == null ? language : preferences.language(), "language.name"), email);
	}

	static Preferences current(Resident resident) {
		return resident.subscriber().map(Subscriber::preferences).orElse(Preferences.NONE);
	}

	private void choices(List<String> values, String labelPrefix, Topic topic, String action, String language,
			Set<String> selected, List<Action> buttons) {
		for (String value : values.subList(0, Math.min(values.size(), MAX_CHOICES))) {
			String label = texts.label(language, labelPrefix + value, value);
			buttons.add(Replies.postback(selected.contains(value) ? "✓ " + label : label,
					PostbackData.of(topic, action, value)));
		}
	}

	private static Set<String> toggled(Set<String> interests, String interest) {
		Set<String> changed = new HashSet<>(interests);
		if (!changed.remove(interest)) {
			changed.add(interest);
		}
		return changed;
	}

}
