package io.tsutawaru.bot.webhook;

import java.time.Instant;
import java.util.Optional;

import com.linecorp.bot.webhook.model.Event;
import com.linecorp.bot.webhook.model.FollowEvent;
import com.linecorp.bot.webhook.model.ImageMessageContent;
import com.linecorp.bot.webhook.model.LocationMessageContent;
import com.linecorp.bot.webhook.model.MessageContent;
import com.linecorp.bot.webhook.model.MessageEvent;
import com.linecorp.bot.webhook.model.PostbackEvent;
import com.linecorp.bot.webhook.model.ReplyEvent;
import com.linecorp.bot.webhook.model.TextMessageContent;
import com.linecorp.bot.webhook.model.UnfollowEvent;
import io.tsutawaru.bot.conversation.Incoming;
import io.tsutawaru.bot.conversation.PostbackData;
import io.tsutawaru.bot.line.ReplyTarget;
import io.tsutawaru.text.DocumentText;

/**
 * Reduces the SDK's webhook events to what conversations handle. Events from groups or
 * rooms without a user, postbacks the bot did not write, and event types the bot has no
 * use for (beacons, joins, unsends, ...) become empty and are ignored; messages the bot
 * cannot read (stickers, video, ...) become {@link Incoming.Unsupported} so the resident
 * gets a kind hint rather than silence. What residents type (and the address of a
 * location) loses the characters no document can carry ({@link DocumentText}): it reaches
 * reports, hand-offs and CSV files, and a resident cannot fix an invisible character, so
 * it is cleaned here rather than refused.
 */
final class EventTranslator {

	private EventTranslator() {
	}

	static Optional<Incoming> incoming(Event event) {
		String userId = event.source() == null ? null : event.source().userId();
		if (userId == null || userId.isBlank()) {
			return Optional.empty();
		}
		return Optional.ofNullable(switch (event) {
			case FollowEvent ignored -> new Incoming.Followed(userId);
			case UnfollowEvent ignored -> new Incoming.Unfollowed(userId);
			case MessageEvent message -> message(userId, message.message());
			case PostbackEvent postback ->
				postback.postback() == null ? null : postback(userId, postback.postback().data());
			default -> null;
		});
	}

	static ReplyTarget target(Event event, String userId) {
		String token = event instanceof ReplyEvent replyable ? replyable.replyToken() : null;
		Instant occurredAt = event.timestamp() == null ? null : Instant.ofEpochMilli(event.timestamp());
		boolean redelivered = event.deliveryContext() != null
				&& Boolean.TRUE.equals(event.deliveryContext().isRedelivery());
		return new ReplyTarget(userId, token, occurredAt, redelivered);
	}

	/** A short name for the conversation log; never the content. */
	static String kind(Event event) {
		return switch (event) {
			case MessageEvent message when message.message() != null ->
				"message:" + message.message().getClass().getSimpleName().replace("MessageContent", "").toLowerCase();
			default -> event.getClass().getSimpleName().replace("Event", "").toLowerCase();
		};
	}

	private static Incoming message(String userId, MessageContent content) {
		return switch (content) {
			case TextMessageContent text when text.text() != null ->
				new Incoming.Text(userId, DocumentText.fit(text.text()));
			case ImageMessageContent image when image.id() != null -> new Incoming.Image(userId, image.id());
			case LocationMessageContent location when location.latitude() != null && location.longitude() != null ->
				new Incoming.Location(userId, location.latitude(), location.longitude(),
						DocumentText.fit(location.address()));
			case null -> null;
			default -> new Incoming.Unsupported(userId, content.getClass().getSimpleName());
		};
	}

	private static Incoming postback(String userId, String data) {
		PostbackData decoded = PostbackData.decode(data);
		return decoded == null ? null : new Incoming.Postback(userId, decoded);
	}

}
