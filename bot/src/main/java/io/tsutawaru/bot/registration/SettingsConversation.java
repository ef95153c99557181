package io.tsutawaru.bot.registration;

import java.util.ArrayList;
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
import io.tsutawaru.notifier.Subscriber;
import io.tsutawaru.notifier.Subscribers;

import org.springframework.stereotype.Component;

/**
 * 「配信設定」: shows the resident's preferences and changes any of them, one at a time. A
 * resident who never agreed to keeping preferences is offered the consent first.
 */
@Component
class SettingsConversation implements Conversation {

	private static final List<String> EDITABLE = List.of(PreferenceForm.AREA, PreferenceForm.AGE_BAND,
			PreferenceForm.INTERESTS, PreferenceForm.LANGUAGE, PreferenceForm.EMAIL);

	private final Subscribers subscribers;

	private final PreferenceForm form;

	private final DialogStates dialogs;

	private final ResidentTexts texts;

	SettingsConversation(Subscribers subscribers, PreferenceForm form, DialogStates dialogs, ResidentTexts texts) {
		this.subscribers = subscribers;
		this.form = form;
		this.dialogs = dialogs;
		this.texts = texts;
	}

	@Override
	public Topic topic() {
		return Topic.SETTINGS;
	}

	@Override
	public boolean startsWith(String text) {
		return texts.isCommand("settings", text);
	}

	@Override
	public List<Message> handle(Incoming incoming, Resident resident) {
		return switch (incoming) {
			case Incoming.Text text when dialogs.find(resident.userId()).isPresent() -> email(text.text(), resident);
			case Incoming.Text text -> resident.consented() ? List.of(summary(resident)) : consent(resident);
			case Incoming.Postback postback -> answered(postback.data(), resident);
			default -> List.of(summary(resident));
		};
	}

	private List<Message> consent(Resident resident) {
		Action decline = Replies.postback(texts.text(resident.language(), "registration.decline"),
				PostbackData.of(Topic.REGISTRATION, "decline"));
		return List.of(Replies.text(texts.text(resident.language(), "settings.consent-first")),
				form.question(Topic.REGISTRATION, PreferenceForm.LANGUAGE, resident, decline));
	}

	private List<Message> answered(PostbackData data, Resident resident) {
		String language = resident.language();
		switch (data.action()) {
			case "edit" -> {
				String field = data.value("f");
				if (PreferenceForm.EMAIL.equals(field)) {
					dialogs.save(resident.userId(), DialogState.start(Topic.SETTINGS, PreferenceForm.EMAIL));
				}
				return List.of(form.question(Topic.SETTINGS, field, resident, back(field, language)));
			}
			case "remove-email" -> {
				subscribers.removeEmail(resident.userId());
				return List.of(Replies.text(texts.text(language, "settings.email.removed")), summary(reload(resident)));
			}
			case "back" -> {
				dialogs.clear(resident.userId());
				return List.of(summary(reload(resident)));
			}
			default -> {
				Subscriber changed = form.choose(resident, data.action(), data.value());
				String now = changed.preferences().language() == null ? language : changed.preferences().language();
				Resident updated = new Resident(resident.userId(), now, Optional.of(changed));
				return "interest".equals(data.action()) ? List.of(form.question(Topic.SETTINGS,
						PreferenceForm.INTERESTS, updated, back(PreferenceForm.INTERESTS, now)))
						: List.of(summary(updated));
			}
		}
	}

	private List<Message> email(String typed, Resident resident) {
		if (!form.requestEmail(resident, typed)) {
			return List.of(Replies.text(texts.text(resident.language(), "preferences.email.invalid")), form.question(
					Topic.SETTINGS, PreferenceForm.EMAIL, resident, back(PreferenceForm.EMAIL, resident.language())));
		}
		dialogs.clear(resident.userId());
		return List.of(Replies.text(texts.text(resident.language(), "preferences.email.sent")),
				summary(reload(resident)));
	}

	private Message summary(Resident resident) {
		String language = resident.language();
		Subscriber subscriber = resident.subscriber().orElseGet(() -> subscribers.followed(resident.userId()));
		List<Action> buttons = new ArrayList<>();
		EDITABLE.forEach(field -> buttons.add(Replies.postback(texts.text(language, "settings.change." + field),
				new PostbackData(Topic.SETTINGS, "edit", Map.of("f", field)))));
		if (subscriber.email() != null) {
			buttons.add(Replies.postback(texts.text(language, "settings.email.remove"),
					PostbackData.of(Topic.SETTINGS, "remove-email")));
		}
		return Replies.text(texts.text(language, "settings.summary", form.summary(subscriber, language)), buttons);
	}

	private Action back(String field, String language) {
		String key = PreferenceForm.INTERESTS.equals(field) ? "preferences.done" : "settings.back";
		return Replies.postback(texts.text(language, key), PostbackData.of(Topic.SETTINGS, "back"));
	}

	private Resident reload(Resident resident) {
		return new Resident(resident.userId(), resident.language(), subscribers.findByLineUserId(resident.userId()));
	}

}
