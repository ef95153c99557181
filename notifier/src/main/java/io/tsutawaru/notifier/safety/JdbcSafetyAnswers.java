package io.tsutawaru.notifier.safety;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.tsutawaru.notifier.AnswerRefusedException;
import io.tsutawaru.notifier.AnswerRefusedException.Reason;
import io.tsutawaru.notifier.Channel;
import io.tsutawaru.notifier.Escalations;
import io.tsutawaru.notifier.Headcount;
import io.tsutawaru.notifier.HelpRequest;
import io.tsutawaru.notifier.NoticeNotFoundException;
import io.tsutawaru.notifier.PublishedNotice;
import io.tsutawaru.notifier.PublishedNotices;
import io.tsutawaru.notifier.Responses;
import io.tsutawaru.notifier.SafetyAnswer;
import io.tsutawaru.notifier.SafetyAnswers;
import io.tsutawaru.notifier.Segments;
import io.tsutawaru.notifier.segment.SegmentQueries;

import org.springframework.stereotype.Service;

/**
 * {@link SafetyAnswers} over {@code safety_answers}, checked against the notice's latest
 * published version.
 */
@Service
class JdbcSafetyAnswers implements SafetyAnswers {

	/**
	 * How many recent asking notices 安否を知らせる looks through for one that reached the
	 * resident.
	 */
	private static final int RECENT_ASKING = 20;

	private final AnswerTable table;

	private final PublishedNotices published;

	private final SegmentQueries segments;

	private final Segments headcounts;

	private final Clock clock;

	private final Escalations escalations;

	JdbcSafetyAnswers(AnswerTable table, PublishedNotices published, SegmentQueries segments, Segments headcounts,
			Clock clock, Escalations escalations) {
		this.escalations = escalations;
		this.table = table;
		this.published = published;
		this.segments = segments;
		this.headcounts = headcounts;
		this.clock = clock;
	}

	@Override
	public void answer(long noticeId, long subscriberId, SafetyAnswer answer, Channel channel) {
		PublishedNotice notice = latest(noticeId);
		if (notice.type() == PublishedNotice.MessageType.CANCEL) {
			throw new AnswerRefusedException(Reason.CANCELLED, "Notice " + noticeId + " was cancelled");
		}
		if (answer == null || !answer.answers(notice.content().confirmation())) {
			throw new AnswerRefusedException(Reason.NOT_ASKED, "Notice " + noticeId + " does not ask for " + answer);
		}
		if (!reached(notice, subscriberId)) {
			throw new AnswerRefusedException(Reason.NOT_REACHED, "Notice " + noticeId + " did not go to this resident");
		}
		table.upsert(noticeId, subscriberId, answer, channel.id(), clock.instant());
	}

	@Override
	public void share(long noticeId, long subscriberId, Double latitude, Double longitude, String note) {
		table.share(noticeId, subscriberId, latitude, longitude, note);
	}

	@Override
	public Optional<PublishedNotice> newestAskingFor(long subscriberId) {
		return table.askingNotices(RECENT_ASKING)
			.stream()
			.map(id -> published.latest(id).orElse(null))
			.filter(notice -> notice != null && notice.type() != PublishedNotice.MessageType.CANCEL
					&& reached(notice, subscriberId))
			.findFirst();
	}

	@Override
	public Responses responses(long noticeId) {
		Optional<PublishedNotice> latest = published.latest(noticeId);
		if (latest.isEmpty()) {
			return new Responses(0, 0, 0, 0, 0, Map.of());
		}
		PublishedNotice notice = latest.get();
		Headcount asked = headcounts.headcount(notice.content().segmentRule(), notice.content().channels());
		Map<String, long[]> areas = new LinkedHashMap<>();
		asked.areas().forEach(area -> areas.put(key(area.area()), new long[] { area.residents(), 0, 0, 0 }));
		long[] total = { asked.residents(), 0, 0, 0 };
		for (AnswerTable.Counted counted : table.perArea(noticeId)) {
			int at = switch (SafetyAnswer.of(counted.answer())) {
				case ACK -> 1;
				case SAFE -> 2;
				case HELP -> 3;
			};
			// A resident who moved out of the segment since still answered: their area is
			// listed, asked or not.
			areas.computeIfAbsent(key(counted.area()), area -> new long[4])[at] += counted.residents();
			total[at] += counted.residents();
		}
		Map<String, Responses.Area> byArea = new LinkedHashMap<>();
		areas.forEach((area, n) -> byArea.put(area, new Responses.Area(n[0], n[1], n[2], n[3], noAnswer(n))));
		return new Responses(total[0], total[1], total[2], total[3], noAnswer(total), byArea,
				escalations.of(noticeId).orElse(null));
	}

	@Override
	public List<ChannelTally> byChannel(long noticeId) {
		return table.perChannel(noticeId);
	}

	@Override
	public List<HelpRequest> needingHelp(long noticeId) {
		return table.help(noticeId);
	}

	@Override
	public boolean handled(long noticeId, long subscriberId, String staff) {
		return table.handled(noticeId, subscriberId, staff, clock.instant());
	}

	private PublishedNotice latest(long noticeId) {
		try {
			return published.latest(noticeId)
				.orElseThrow(() -> new AnswerRefusedException(Reason.UNKNOWN_NOTICE,
						"Notice " + noticeId + " was not published"));
		}
		catch (NoticeNotFoundException ex) {
			throw new AnswerRefusedException(Reason.UNKNOWN_NOTICE, "There is no notice " + noticeId);
		}
	}

	private boolean reached(PublishedNotice notice, long subscriberId) {
		return segments.includes(segments.parse(notice.content().segmentRule()), subscriberId);
	}

	private static String key(String area) {
		return area == null ? Responses.UNSET : area;
	}

	private static long noAnswer(long[] n) {
		return Math.max(0, n[0] - n[1] - n[2] - n[3]);
	}

}
