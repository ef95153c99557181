package io.tsutawaru.bot.registration;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.linecorp.bot.messaging.model.Action;
import com.linecorp.bot.messaging.model.Message;
import io.tsutawaru.bot.conversation.Conversation;
import io.tsutawaru.bot.conversation.DialogState;
import io.tsutawaru.bot.conversation.DialogStates;
import io.tsutawaru.bot.conversation.Incoming;
import io.tsutawaru.bot.conversation.PostbackData;
import io.tsutawaru.bot.conversation.Replies;
import io.tsutawaru.bot.conversation.Resident;
import io.tsutawaru.bot.conversation.ResidentTexts;
import io.tsutawaru.bot.conversation.Topic;
import io.tsutawaru.bot.menu.LineRichMenus;
import io.tsutawaru.notifier.Subscriber;
import io.tsutawaru.notifier.Subscribers;

import org.springframework.stereotype.Component;

/**
 * A new friend's first minute: a greeting, one line on what keeping their preferences
 * means, then a short dialog (language, area, age band, interests, e-mail), each step
 * skippable. Choosing a language is the consent; the resident may decline and still ask
 * questions. Unfollowing makes the subscriber inactive at once.
 */
@Component
class RegistrationConversation implements Conversation {

	/** The dialog's order; after e-mail comes the summary. */
	private static final Map<String, String> NEXT = Map.of(PreferenceForm.LANGUAGE, PreferenceForm.AREA,
			PreferenceForm.AREA, PreferenceForm.AGE_BAND, PreferenceForm.AGE_BAND, PreferenceForm.INTERESTS,
			PreferenceForm.INTERESTS, PreferenceForm.EMAIL);

	private final Subscribers subscribers;

	private final PreferenceForm form;

	private final DialogStates dialogs;

	private final ResidentTexts texts;

	private final LineRichMenus menus;

	RegistrationConversation(Subscribers subscribers, PreferenceForm form, DialogStates dialogs, ResidentTexts texts,
			LineRichMenus menus) {
		this.subscribers = subscribers;
		this.form = form;
		this.dialogs = dialogs;
		this.texts = texts;
		this.menus = menus;
	}

	@Override
	public Topic topic() {
		return Topic.REGISTRATION;
	}

	@Override
	public boolean startsWith(String text) {
		return false;
	}

	@Override
	public List<Message> handle(Incoming incoming, Resident resident) {
		return switch (incoming) {
			case Incoming.Followed followed -> greet(resident);
			case Incoming.Unfollowed unfollowed -> {
				subscribers.unfollowed(unfollowed.userId());
				menus.left(unfollowed.userId());
				yield List.of();
			}
			case Incoming.Postback postback -> answered(postback.data(), resident);
			case Incoming.Text text -> email(text.text(), resident);
			default -> List.of(ask(PreferenceForm.EMAIL, resident));
		};
	}

	private List<Message> greet(Resident resident) {
		Subscriber subscriber = subscribers.followed(resident.userId());
		Resident known = new Resident(resident.userId(), resident.language(), Optional.of(subscriber));
		String language = known.language();
		Action decline = Replies.postback(texts.text(language, "registration.decline"),
				PostbackData.of(Topic.REGISTRATION, "decline"));
		return List.of(Replies.text(texts.text(language, "registration.greeting")),
				form.question(Topic.REGISTRATION, PreferenceForm.LANGUAGE, known, decline));
	}

	private List<Message> answered(PostbackData data, Resident resident) {
		String action = data.action();
		if ("decline".equals(action)) {
			return List.of(Replies.text(texts.text(resident.language(), "registration.declined")));
		}
		if ("skip".equals(action)) {
			return next(data.value("f"), resident);
		}
		if ("interests-done".equals(action)) {
			return next(PreferenceForm.INTERESTS, resident);
		}
		if (PreferenceForm.LANGUAGE.equals(action)) {
			subscribers.recordConsent(resident.userId());
			// Registered now: the menu of registered residents (or the disaster menu,
			// during a disaster).
			menus.registered(resident.userId());
		}
		Subscriber changed = form.choose(resident, action, data.value());
		Resident now = new Resident(resident.userId(), languageOf(changed, resident), Optional.of(changed));
		return "interest".equals(action) ? List.of(ask(PreferenceForm.INTERESTS, now)) : next(action, now);
	}

	private List<Message> next(String answeredField, Resident resident) {
		String field = NEXT.get(answeredField);
		if (field == null) {
			dialogs.clear(resident.userId());
			return done(resident);
		}
		if (PreferenceForm.EMAIL.equals(field)) {
			dialogs.save(resident.userId(), DialogState.start(Topic.REGISTRATION, PreferenceForm.EMAIL));
		}
		return List.of(ask(field, resident));
	}

	private Message ask(String field, Resident resident) {
		String language = resident.language();
		Action last = PreferenceForm.INTERESTS.equals(field)
				? Replies.postback(texts.text(language, "preferences.done"),
						PostbackData.of(Topic.REGISTRATION, "interests-done"))
				: Replies.postback(texts.text(language, "preferences.skip"),
						new PostbackData(Topic.REGISTRATION, "skip", Map.of("f", field)));
		return form.question(Topic.REGISTRATION, field, resident, last);
	}

	private List<Message> email(String typed, Resident resident) {
		String language = resident.language();
		if (!form.requestEmail(resident, typed)) {
			return List.of(Replies.text(texts.text(language, "preferences.email.invalid")),
					ask(PreferenceForm.EMAIL, resident));
		}
		dialogs.clear(resident.userId());
		return List.of(Replies.text(texts.text(language, "preferences.email.sent")), done(resident).get(0));
	}

	private List<Message> done(Resident resident) {
		Subscriber subscriber = subscribers.findByLineUserId(resident.userId()).orElseThrow();
		String language = resident.language();
		return List.of(Replies.text(texts.text(language, "registration.done", form.summary(subscriber, language))));
	}

	private static String languageOf(Subscriber subscriber, Resident resident) {
		String chosen = subscriber.preferences().language();
		return chosen == null ? resident.language() : chosen;
	}

}
