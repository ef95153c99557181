package io.tsutawaru.bot.handoff;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.linecorp.bot.messaging.model.Message;
import io.tsutawaru.bot.HandOffMessage;
import io.tsutawaru.bot.conversation.Conversation;
import io.tsutawaru.bot.conversation.Incoming;
import io.tsutawaru.bot.conversation.PostbackData;
import io.tsutawaru.bot.conversation.Resident;
import io.tsutawaru.bot.conversation.ResidentTexts;
import io.tsutawaru.bot.conversation.Topic;
import io.tsutawaru.bot.faq.QuestionCards;
import io.tsutawaru.bot.line.ResidentProfiles;

import org.springframework.stereotype.Component;

/**
 * 「職員と話したい」 (or "not solved" → talk to a person): flags the conversation for staff, with
 * the question that failed and the resident's LINE name, and tells the resident when a
 * person will answer. While it is open, everything the resident sends is kept for staff
 * and the bot stays quiet, so two voices never answer at once; only the first message is
 * acknowledged, and 「やめる」 (typed or tapped) leaves the hand-off.
 */
@Component
class HandOffConversation implements Conversation {

	/**
	 * How far back a question that failed still belongs to this conversation: a resident
	 * who asks for a person the next morning asks about what they asked last night, not
	 * about last week.
	 */
	private static final Duration QUESTION_WINDOW = Duration.ofDays(1);

	private final HandOffTable table;

	private final QuestionCards cards;

	private final ResidentProfiles profiles;

	private final HandOffReplies replies;

	private final ResidentTexts texts;

	private final Clock clock;

	HandOffConversation(HandOffTable table, QuestionCards cards, ResidentProfiles profiles, HandOffReplies replies,
			ResidentTexts texts, Clock clock) {
		this.table = table;
		this.cards = cards;
		this.profiles = profiles;
		this.replies = replies;
		this.texts = texts;
		this.clock = clock;
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
		String language = resident.language();
		Optional<Long> open = table.openFor(resident.userId());
		if (open.isPresent()) {
			return whileOpen(open.get(), incoming, language);
		}
		if (incoming instanceof Incoming.Postback postback && "leave".equals(postback.data().action())) {
			return List.of(replies.notOpen(language));
		}
		table.open(opening(incoming, resident), clock.instant());
		return List.of(replies.opened(language));
	}

	private List<Message> whileOpen(long handOff, Incoming incoming, String language) {
		if (leaving(incoming)) {
			table.close(handOff, HandOffMessage.Author.RESIDENT, clock.instant());
			return List.of(replies.left(language));
		}
		Optional<String> said = describe(incoming);
		if (said.isEmpty()) {
			return List.of();
		}
		boolean first = table.residentMessages(handOff) == 0;
		table.addMessage(handOff, HandOffMessage.Author.RESIDENT, said.get(), clock.instant());
		return first ? List.of(replies.received(language)) : List.of();
	}

	private boolean leaving(Incoming incoming) {
		return switch (incoming) {
			case Incoming.Text text -> texts.isCommand("cancel", text.text());
			case Incoming.Postback postback -> "leave".equals(postback.data().action());
			default -> false;
		};
	}

	/**
	 * Why the resident asked, which question failed, and their name: the button under a
	 * failed answer names its card and entry; a typed 「職員と話したい」 takes the resident's last
	 * unanswered question of this conversation.
	 */
	private HandOffTable.Opening opening(Incoming incoming, Resident resident) {
		PostbackData data = incoming instanceof Incoming.Postback postback ? postback.data() : null;
		String faq = data == null ? null : data.value("faq");
		String reason = faq != null ? "FAQ " + faq + ": not solved" : "resident asked for a person";
		Optional<String> question = Optional.ofNullable(data)
			.flatMap(button -> cards.find(resident.userId(), button.value("k")))
			.map(QuestionCards.Card::question)
			.or(() -> cards.lastUnanswered(resident.userId(), conversationStart(resident.userId())));
		return new HandOffTable.Opening(resident.userId(), reason, resident.language(), question.orElse(null),
				profiles.displayName(resident.userId()).orElse(null));
	}

	/**
	 * A day back, or the resident's previous hand-off if that was later: its question was
	 * answered by staff.
	 */
	private Instant conversationStart(String userId) {
		Instant dayBack = clock.instant().minus(QUESTION_WINDOW);
		return table.lastOpenedFor(userId).filter(previous -> previous.isAfter(dayBack)).orElse(dayBack);
	}

	/**
	 * What staff read for each thing the resident sends; photos and stickers are named,
	 * not shown.
	 */
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
