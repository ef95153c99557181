package io.tsutawaru.notifier.line;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.linecorp.bot.messaging.model.Action;
import com.linecorp.bot.messaging.model.FlexBox;
import com.linecorp.bot.messaging.model.FlexBubble;
import com.linecorp.bot.messaging.model.FlexButton;
import com.linecorp.bot.messaging.model.FlexComponent;
import com.linecorp.bot.messaging.model.FlexMessage;
import com.linecorp.bot.messaging.model.FlexText;
import com.linecorp.bot.messaging.model.Message;
import com.linecorp.bot.messaging.model.PostbackAction;
import com.linecorp.bot.messaging.model.QuickReply;
import com.linecorp.bot.messaging.model.QuickReplyItem;
import com.linecorp.bot.messaging.model.TextMessage;
import com.linecorp.bot.messaging.model.URIAction;

import io.tsutawaru.infrastructure.line.LineTexts;
import io.tsutawaru.notifier.NoticeWords;
import io.tsutawaru.notifier.PublishedNotice;
import io.tsutawaru.notifier.SafetyAnswer;
import io.tsutawaru.notifier.Severity;

/**
 * The LINE message of a notice: plain text for everyday notices, and for emergencies a
 * Flex bubble that stands out in the chat list and links to the full page on the website,
 * where the complete information lives.
 */
final class LineMessages {

	private static final int TEXT_LIMIT = 5000;

	private LineMessages() {
	}

	static Message of(PublishedNotice notice, String language, URI page) {
		String headline = notice.headline(language);
		if (notice.content().severity() == Severity.EMERGENCY) {
			return emergency(notice, language, headline, page);
		}
		String link = "\n\n" + moreLabel(language) + ": " + page;
		// The body gives way, so that the headline and the link to the full page always
		// arrive.
		int room = Math.max(1, TEXT_LIMIT - headline.length() - 2 - link.length());
		String text = headline + "\n\n" + LineTexts.abbreviate(notice.body(language), room) + link;
		List<Action> answers = answers(notice, language);
		if (!answers.isEmpty()) {
			text = LineTexts.abbreviate(text, TEXT_LIMIT - 2 - question(notice, language).length()) + "\n\n"
					+ question(notice, language);
			return new TextMessage(new QuickReply(answers.stream().map(QuickReplyItem::new).toList()), null, text, null,
					null);
		}
		return new TextMessage(LineTexts.abbreviate(text, TEXT_LIMIT));
	}

	private static Message emergency(PublishedNotice notice, String language, String headline, URI page) {
		// A cancellation must not look like the alert it withdraws: grey, and labelled as
		// a cancellation.
		boolean cancel = notice.type() == PublishedNotice.MessageType.CANCEL;
		String label = NoticeWords.text(language, cancel ? "line.cancellation" : "line.emergency");
		FlexBox header = new FlexBox.Builder(FlexBox.Layout.VERTICAL, List.of(
				new FlexText.Builder().text(label).color("#FFFFFF").weight(FlexText.Weight.BOLD).size("sm").build(),
				new FlexText.Builder().text(LineTexts.abbreviate(headline, 400))
					.color("#FFFFFF")
					.weight(FlexText.Weight.BOLD)
					.size("lg")
					.wrap(true)
					.build()))
			.backgroundColor(cancel ? "#454545" : "#C8102E")
			.paddingAll("16px")
			.build();
		FlexBox body = new FlexBox.Builder(FlexBox.Layout.VERTICAL,
				List.of(new FlexText.Builder().text(LineTexts.abbreviate(notice.body(language), 1000))
					.wrap(true)
					.size("md")
					.build()))
			.build();
		List<FlexComponent> buttons = new ArrayList<>();
		List<Action> answers = answers(notice, language);
		if (!answers.isEmpty()) {
			buttons.add(new FlexText.Builder().text(question(notice, language)).wrap(true).size("sm").build());
			answers.forEach(
					answer -> buttons.add(new FlexButton.Builder(answer).style(FlexButton.Style.SECONDARY).build()));
		}
		buttons
			.add(new FlexButton.Builder(new URIAction(moreLabel(language), page, null)).style(FlexButton.Style.PRIMARY)
				.color(cancel ? "#454545" : "#C8102E")
				.build());
		FlexBox footer = new FlexBox.Builder(FlexBox.Layout.VERTICAL, buttons).spacing("sm").build();
		FlexBubble bubble = new FlexBubble.Builder().header(header).body(body).footer(footer).build();
		return new FlexMessage(LineTexts.abbreviate(headline, 400), bubble);
	}

	/**
	 * The answer buttons of a notice that asks, as postbacks the bot's safety
	 * conversation reads ({@code c=safe&a=answer&n=<notice>&v=ack|safe|help}, its
	 * {@code PostbackData} format). A cancellation asks nothing: there is nothing left to
	 * answer.
	 */
	static List<Action> answers(PublishedNotice notice, String language) {
		if (notice.type() == PublishedNotice.MessageType.CANCEL) {
			return List.of();
		}
		return Arrays.stream(SafetyAnswer.values())
			.filter(answer -> answer.answers(notice.content().confirmation()))
			.map(answer -> {
				String label = NoticeWords.text(language, "line.answer." + answer.id());
				String data = "c=safe&a=answer&n=" + notice.noticeId() + "&v=" + answer.id();
				return (Action) new PostbackAction(label, data, label, null, null, null);
			})
			.toList();
	}

	private static String question(PublishedNotice notice, String language) {
		return NoticeWords.text(language, "line.answer.ask." + notice.content().confirmation().id());
	}

	private static String moreLabel(String language) {
		return switch (language == null ? "ja" : language) {
			case "en" -> "Details";
			case "easy-ja" -> "くわしく みる";
			default -> "詳しくはこちら";
		};
	}

}
