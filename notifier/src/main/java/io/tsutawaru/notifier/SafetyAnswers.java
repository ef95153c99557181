package io.tsutawaru.notifier;

import java.util.List;
import java.util.Optional;

/**
 * Residents' answers to notices that ask (issue 18, item 1): recorded once per resident
 * and notice (a second answer changes the first, never counts twice, also when two taps
 * arrive at once), with the channel and the time; the tally staff see; and the residents
 * who asked for help, until staff mark them handled.
 */
public interface SafetyAnswers {

	/**
	 * Records (or changes) a resident's answer.
	 * @throws AnswerRefusedException when the notice does not ask this, was cancelled, or
	 * did not reach the resident
	 */
	void answer(long noticeId, long subscriberId, SafetyAnswer answer, Channel channel);

	/**
	 * What a resident who asked for help shares afterwards: where they are and a short
	 * note; either may be null. Nothing happens when they have no 支援が必要です answer to this
	 * notice.
	 */
	void share(long noticeId, long subscriberId, Double latitude, Double longitude, String note);

	/**
	 * The newest notice that asks something and reached this resident, in its latest
	 * published version, unless it was cancelled: what 安否を知らせる offers buttons for.
	 */
	Optional<PublishedNotice> newestAskingFor(long subscriberId);

	/** The tally of one notice's answers. */
	Responses responses(long noticeId);

	/** The answers of one notice per channel and answer, for staff following up. */
	List<ChannelTally> byChannel(long noticeId);

	/**
	 * Residents who answered 支援が必要です to the notice, newest first, with what they shared.
	 */
	List<HelpRequest> needingHelp(long noticeId);

	/**
	 * Marks a resident's request for help handled by a member of staff.
	 * @return false when there is no such request
	 */
	boolean handled(long noticeId, long subscriberId, String staff);

	/**
	 * How many answered what, per channel.
	 *
	 * @param channel {@code line} or {@code email}
	 * @param answer {@code ack}, {@code safe} or {@code help}
	 * @param residents how many
	 */
	record ChannelTally(String channel, String answer, long residents) {
	}

}
