package io.tsutawaru.app.console;

import java.util.List;

import io.tsutawaru.notifier.HelpRequest;
import io.tsutawaru.notifier.Responses;
import io.tsutawaru.notifier.SafetyAnswers;

/**
 * What the emergency follow-up page shows of the answers to an alert that asks: the tally
 * in all and per area, and who answered what on which channel. One record, rendered by
 * the page and sent over its stream alike.
 *
 * @param responses the tally, in the API's names
 * @param byChannel answers per channel and answer
 * @param openHelp requests for help no member of staff has marked handled yet
 */
record AnswerTally(Responses responses, List<SafetyAnswers.ChannelTally> byChannel, long openHelp) {

	static AnswerTally of(SafetyAnswers answers, long noticeId, List<HelpRequest> needingHelp) {
		return new AnswerTally(answers.responses(noticeId), answers.byChannel(noticeId),
				needingHelp.stream().filter(help -> !help.handled()).count());
	}

	/**
	 * How many answered {@code answer} ({@code ack}, {@code safe}, {@code help}) on
	 * {@code channel}.
	 */
	public long on(String channel, String answer) {
		return byChannel.stream()
			.filter(t -> t.channel().equals(channel) && t.answer().equals(answer))
			.mapToLong(SafetyAnswers.ChannelTally::residents)
			.sum();
	}

}
