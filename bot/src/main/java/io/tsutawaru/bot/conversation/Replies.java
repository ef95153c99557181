package io.tsutawaru.bot.conversation;

import java.util.ArrayList;
import java.util.List;

import com.linecorp.bot.messaging.model.Action;
import com.linecorp.bot.messaging.model.MessageAction;
import com.linecorp.bot.messaging.model.PostbackAction;
import com.linecorp.bot.messaging.model.QuickReply;
import com.linecorp.bot.messaging.model.QuickReplyItem;
import com.linecorp.bot.messaging.model.TextMessage;

import io.tsutawaru.infrastructure.line.LineTexts;

/**
 * Builds the LINE messages conversations return, within LINE's limits: 5,000 characters
 * per text, 13 quick reply buttons, 20 characters per button label; texts are cut between
 * characters ({@link LineTexts}).
 */
public final class Replies {

	/** The longest text LINE accepts in one message. */
	public static final int MAX_TEXT = 5000;

	private static final int MAX_QUICK_REPLIES = 13;

	private static final int MAX_LABEL = 20;

	private Replies() {
	}

	/** A plain text message. */
	public static TextMessage text(String text) {
		return new TextMessage(text);
	}

	/** A text message with quick reply buttons below it (at most 13 are kept). */
	public static TextMessage text(String text, List<Action> buttons) {
		if (buttons.isEmpty()) {
			return text(text);
		}
		List<QuickReplyItem> items = buttons.stream().limit(MAX_QUICK_REPLIES).map(QuickReplyItem::new).toList();
		return new TextMessage(new QuickReply(items), null, text, null, null);
	}

	/**
	 * A button that sends data back to the conversation; the resident sees the label as
	 * their message.
	 */
	public static Action postback(String label, PostbackData data) {
		// The display text may be longer than the label (up to 300 characters), so a
		// cut-off question still
		// appears in full in the resident's chat.
		String shown = label.length() <= 300 ? label : label(label);
		return new PostbackAction(label(label), data.encode(), shown, null, null, null);
	}

	/** A button that sends a text as if the resident had typed it. */
	public static Action saying(String label, String text) {
		return new MessageAction(label(label), text);
	}

	/**
	 * Splits a long text into messages LINE accepts, preferring to cut at a line break.
	 */
	public static List<String> split(String text, int maxMessages) {
		List<String> parts = new ArrayList<>();
		String rest = text;
		while (rest.length() > MAX_TEXT && parts.size() < maxMessages - 1) {
			int cut = rest.lastIndexOf('\n', MAX_TEXT);
			cut = cut > MAX_TEXT / 2 ? cut : LineTexts.cut(rest, MAX_TEXT);
			parts.add(rest.substring(0, cut).stripTrailing());
			rest = rest.substring(cut).stripLeading();
		}
		parts.add(LineTexts.abbreviate(rest, MAX_TEXT));
		return parts;
	}

	private static String label(String label) {
		return LineTexts.abbreviate(label, MAX_LABEL);
	}

}
