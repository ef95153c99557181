package io.tsutawaru.bot.menu;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import com.linecorp.bot.messaging.model.Message;
import io.tsutawaru.bot.conversation.Conversation;
import io.tsutawaru.bot.conversation.Incoming;
import io.tsutawaru.bot.conversation.Replies;
import io.tsutawaru.bot.conversation.Resident;
import io.tsutawaru.bot.conversation.ResidentTexts;
import io.tsutawaru.bot.conversation.Topic;
import io.tsutawaru.infrastructure.line.LineTexts;
import io.tsutawaru.notifier.PublishedNotice;
import io.tsutawaru.notifier.PublishedNotices;
import io.tsutawaru.notifier.Severity;

import org.springframework.stereotype.Component;

/**
 * The menu's own taps: 最新の災害情報 ({@code c=menu&a=latest}) answers with the emergency
 * notices in force, newest first, in the resident's language (a notice without a
 * translation in Japanese), or kindly says there is none.
 */
@Component
class MenuConversation implements Conversation {

	/** Notices looked at: far more than a city has in force at once. */
	private static final int RECENT = 50;

	/**
	 * One message of introduction plus at most four notices: LINE's five messages per
	 * reply.
	 */
	private static final int MAX_NOTICES = 4;

	private final PublishedNotices notices;

	private final ResidentTexts texts;

	private final Clock clock;

	MenuConversation(PublishedNotices notices, ResidentTexts texts, Clock cityClock) {
		this.notices = notices;
		this.texts = texts;
		this.clock = cityClock;
	}

	@Override
	public Topic topic() {
		return Topic.MENU;
	}

	@Override
	public boolean startsWith(String text) {
		return false;
	}

	@Override
	public List<Message> handle(Incoming incoming, Resident resident) {
		String language = resident.language();
		if (!(incoming instanceof Incoming.Postback postback) || !"latest".equals(postback.data().action())) {
			return List.of(Replies.text(texts.text(language, "menu.latest.unknown")));
		}
		List<PublishedNotice> inForce = inForce();
		if (inForce.isEmpty()) {
			return List.of(Replies.text(texts.text(language, "menu.latest.none")));
		}
		List<Message> messages = new ArrayList<>();
		messages.add(Replies.text(texts.text(language, "menu.latest.intro", inForce.size())));
		inForce.stream()
			.limit(MAX_NOTICES)
			.map(notice -> Replies.text(
					LineTexts.abbreviate(notice.headline(language) + "\n\n" + notice.body(language), Replies.MAX_TEXT)))
			.forEach(messages::add);
		return messages;
	}

	/**
	 * Emergency notices whose latest version is not a cancellation and that have not
	 * expired, newest first.
	 */
	private List<PublishedNotice> inForce() {
		var now = clock.instant();
		return notices.recentlyPublished(RECENT)
			.stream()
			.filter(notice -> notice.content().severity() == Severity.EMERGENCY)
			.filter(notice -> notice.type() != PublishedNotice.MessageType.CANCEL)
			.filter(notice -> notice.content().expiresAt() == null || notice.content().expiresAt().isAfter(now))
			.toList();
	}

}
