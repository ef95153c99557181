package io.tsutawaru.bot.conversation;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.linecorp.bot.messaging.model.Message;

import org.springframework.stereotype.Component;

/**
 * Chooses the conversation for each event: the one holding the resident (a person is
 * handling them), the one a command or button names, the dialog waiting for input, and
 * otherwise the FAQ for texts.
 */
@Component
public class ConversationRouter {

	private final Map<Topic, Conversation> conversations = new EnumMap<>(Topic.class);

	private final Residents residents;

	private final DialogStates dialogs;

	private final ResidentTexts texts;

	ConversationRouter(List<Conversation> conversations, Residents residents, DialogStates dialogs,
			ResidentTexts texts) {
		conversations.forEach(conversation -> this.conversations.put(conversation.topic(), conversation));
		if (this.conversations.size() != Topic.values().length) {
			throw new IllegalStateException("Every topic needs one conversation, found " + this.conversations.keySet());
		}
		this.residents = residents;
		this.dialogs = dialogs;
		this.texts = texts;
	}

	/** Hands the event to its conversation and returns what to send back. */
	public Routed route(Incoming incoming) {
		Resident resident = residents.find(incoming.userId());
		if (incoming instanceof Incoming.Unfollowed) {
			dialogs.clear(incoming.userId());
			return handled(Topic.REGISTRATION, incoming, resident);
		}
		Optional<Conversation> holder = conversations.values()
			.stream()
			.filter(conversation -> conversation.holds(incoming.userId()))
			.findFirst();
		if (holder.isPresent()) {
			return handled(holder.get().topic(), incoming, resident);
		}
		return switch (incoming) {
			case Incoming.Followed followed -> handled(Topic.REGISTRATION, followed, resident);
			case Incoming.Postback postback -> handled(postback.data().topic(), postback, resident);
			case Incoming.Text text -> routeText(text, resident);
			default -> dialogs.find(incoming.userId())
				.map(dialog -> handled(dialog.topic(), incoming, resident))
				.orElseGet(() -> incoming instanceof Incoming.Location
						// A place sent outside a dialog: the resident most likely looks
						// for a shelter (issue 18).
						? handled(Topic.SHELTER, incoming, resident) : hint(incoming, resident));
		};
	}

	private Routed routeText(Incoming.Text text, Resident resident) {
		Optional<DialogState> dialog = dialogs.find(text.userId());
		if (dialog.isPresent() && texts.isCommand("cancel", text.text())) {
			dialogs.clear(text.userId());
			return new Routed(dialog.get().topic(), resident.language(),
					List.of(Replies.text(texts.text(resident.language(), "cancelled"))));
		}
		Optional<Conversation> started = conversations.values()
			.stream()
			.filter(conversation -> conversation.startsWith(text.text()))
			.findFirst();
		if (started.isPresent()) {
			dialogs.clear(text.userId());
			return handled(started.get().topic(), text, resident);
		}
		return handled(dialog.map(DialogState::topic).orElse(Topic.FAQ), text, resident);
	}

	private Routed handled(Topic topic, Incoming incoming, Resident resident) {
		List<Message> messages = conversations.get(topic).handle(incoming, resident);
		return new Routed(topic, resident.language(), messages);
	}

	/**
	 * Photos, locations and stickers outside a dialog: say kindly what the bot
	 * understands.
	 */
	private Routed hint(Incoming incoming, Resident resident) {
		String language = resident.language();
		String key = incoming instanceof Incoming.Unsupported ? "hint.unsupported" : "hint.outside-report";
		var report = Replies.saying(texts.text(language, "report.start.label"),
				texts.text(language, "report.start.command"));
		return new Routed(null, language, List.of(Replies.text(texts.text(language, key), List.of(report))));
	}

}
