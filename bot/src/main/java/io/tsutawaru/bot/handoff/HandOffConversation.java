package io.tsutawaru.bot.handoff;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.linecorp.bot.messaging.model.Message;
import io.tsutawaru.bot.HandOffMessage;
import io.tsutawaru.bot.conversation.Conversation;
import io.tsutawaru.bot.conversation.Incoming;
import io.tsutawaru.bot.conversation.Replies;
import io.tsutawaru.bot.conversation.Resident;
import io.tsutawaru.bot.conversation.ResidentTexts;
import io.tsutawaru.bot.conversation.Topic;

import org.springframework.stereotype.Component;

/**
 * 「職員と話したい」 (or "not solved" → talk to a person): flags the conversation for staff. While it is open,
 * everything the resident sends is kept for staff and the bot stays quiet, so two voices never answer at once.
 */
@Component
class HandOffConversation implements Conversation {

	private final HandOffTable table;

	private final ResidentTexts texts;

	HandOffConversation(HandOffTable table, ResidentTexts texts) {
		this.table = table;
		this.texts = texts;
	}

	@Override
	public Topic topic() {
		return Topic.HAND_OFF;
	}

	@Override
	public boolean startsWith(String text) {
		return texts.isCommand("staff", text);
	}

	@Override
	public boolean holds(String userId) {
		return table.openFor(userId).isPresent();
	}

	@Override
	public List<Message> handle(Incoming incoming, Resident resident) {
		Optional<Long> open = table.openFor(resident.userId());
		if (open.isPresent()) {
			describe(incoming).ifPresent(text -> table.addMessage(open.get(), HandOffMessage.Author.RESIDENT, text, Instant.now()));
			return List.of();
		}
		String reason = incoming instanceof Incoming.Postback postback && postback.data().value("faq") != null
				? "FAQ " + postback.data().value("faq") + ": not solved" : "resident asked for a person";
		table.open(resident.userId(), reason, resident.language(), Instant.now());
		return List.of(Replies.text(texts.text(resident.language(), "handoff.opened")));
	}

	/** What staff read for each thing the resident sends; photos and stickers are named, not shown. */
	private static Optional<String> describe(Incoming incoming) {
		return Optional.ofNullable(switch (incoming) {
			case Incoming.Text text -> text.text();
			case Incoming.Image image -> "(photo)";
			case Incoming.Location location -> String.format(Locale.ROOT, "(location %.6f, %.6f %s)",
					location.latitude(), location.longitude(), location.address() == null ? "" : location.address());
			case Incoming.Unsupported unsupported -> "(" + unsupported.kind() + ")";
			case Incoming.Postback postback -> null;
			case Incoming.Followed followed -> null;
			case Incoming.Unfollowed unfollowed -> null;
		});
	}

}
