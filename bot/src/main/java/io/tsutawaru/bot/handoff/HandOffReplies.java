package io.tsutawaru.bot.handoff;

import java.time.DayOfWeek;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import com.linecorp.bot.messaging.model.Action;
import com.linecorp.bot.messaging.model.Message;
import io.tsutawaru.bot.BotProperties;
import io.tsutawaru.bot.conversation.PostbackData;
import io.tsutawaru.bot.conversation.Replies;
import io.tsutawaru.bot.conversation.ResidentTexts;
import io.tsutawaru.bot.conversation.Topic;

import org.springframework.stereotype.Component;

/**
 * What the bot says around a hand-off, in the resident's language: that a person will
 * answer and when (from the office hours), that a message reached staff, and that the
 * resident left. Each offers the way out, or back in, as a button.
 */
@Component
class HandOffReplies {

	private static final EnumSet<DayOfWeek> WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);

	private final ResidentTexts texts;

	private final OfficeHoursClock office;

	HandOffReplies(ResidentTexts texts, OfficeHoursClock office) {
		this.texts = texts;
		this.office = office;
	}

	/** Right after the hand-off opened. */
	Message opened(String language) {
		return Replies.text(texts.text(language, "handoff.opened", whenAnswered(language)), List.of(leave(language)));
	}

	/**
	 * The first message the resident sent into the hand-off reached staff; later ones are
	 * kept quietly.
	 */
	Message received(String language) {
		return Replies.text(texts.text(language, "handoff.received", whenAnswered(language)), List.of(leave(language)));
	}

	/** The resident left the hand-off; one tap brings them back to a person. */
	Message left(String language) {
		return Replies.text(texts.text(language, "handoff.left"), List
			.of(Replies.postback(texts.text(language, "handoff.request"), PostbackData.of(Topic.HAND_OFF, "open"))));
	}

	/** A leave button of a hand-off that has already ended. */
	Message notOpen(String language) {
		return Replies.text(texts.text(language, "handoff.not-open"));
	}

	private Action leave(String language) {
		return Replies.postback(texts.text(language, "handoff.leave"), PostbackData.of(Topic.HAND_OFF, "leave"));
	}

	private String whenAnswered(String language) {
		String hours = hours(language);
		return office.nextOpening()
			.map(opening -> texts.text(language, "handoff.answer.closed", hours, moment(opening, language)))
			.orElseGet(() -> texts.text(language, "handoff.answer.open", hours));
	}

	/** The office hours in words, e.g. 「平日 8:30〜17:15」. */
	private String hours(String language) {
		BotProperties.OfficeHours hours = office.hours();
		String days = hours.days().equals(WEEKDAYS) ? texts.text(language, "office.weekdays")
				: Arrays.stream(DayOfWeek.values())
					.filter(hours.days()::contains)
					.map(day -> day.getDisplayName(TextStyle.SHORT, locale(language)))
					.collect(Collectors.joining(texts.text(language, "office.day-separator")));
		DateTimeFormatter time = DateTimeFormatter.ofPattern("H:mm", Locale.ROOT);
		return texts.text(language, "office.hours", days, time.format(hours.opens()), time.format(hours.closes()));
	}

	private String moment(ZonedDateTime opening, String language) {
		return DateTimeFormatter.ofPattern(texts.text(language, "office.moment"), locale(language)).format(opening);
	}

	private static Locale locale(String language) {
		return Map.of("en", Locale.ENGLISH).getOrDefault(language, Locale.JAPANESE);
	}

}
