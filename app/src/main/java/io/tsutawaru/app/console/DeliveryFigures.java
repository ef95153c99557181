package io.tsutawaru.app.console;

import java.util.ArrayList;
import java.util.List;

import io.tsutawaru.notifier.Channel;
import io.tsutawaru.notifier.NoticeView;

/**
 * A notice's delivery as the progress bars and the history show it: per channel it chose,
 * how far it got.
 *
 * @param noticeId the notice
 * @param state its state word, e.g. {@code SENDING}
 * @param revision the published version the figures belong to
 * @param channels one entry per channel the notice goes to, in the notifier's channel
 * order
 * @param finished true once nothing more will change without a new version
 * @param escalation the notice sent again to residents who had not answered, per channel
 * it went on (issue 18): shown apart, never added to the first send's figures; empty
 * before an escalation
 */
record DeliveryFigures(long noticeId, String state, int revision, List<ChannelFigures> channels, boolean finished,
		List<ChannelFigures> escalation) {

	static DeliveryFigures of(NoticeView notice) {
		List<ChannelFigures> channels = new ArrayList<>();
		List<ChannelFigures> escalation = new ArrayList<>();
		for (Channel channel : Channel.values()) {
			if (notice.draft().channels().contains(channel)) {
				channels.add(figures(channel, notice.channels().get(channel)));
			}
			// A channel whose residents all answered before their batches went out was
			// sent nothing again: no bar (0 of 0 would read as stuck at 0 %).
			NoticeView.ChannelProgress resent = notice.escalation().get(channel);
			if (resent != null && resent.planned() > 0) {
				escalation.add(figures(channel, resent));
			}
		}
		return new DeliveryFigures(notice.id(), notice.state().name(), notice.revision(), channels, finished(notice),
				escalation);
	}

	private static ChannelFigures figures(Channel channel, NoticeView.ChannelProgress progress) {
		return progress == null ? new ChannelFigures(channel.id(), 0, 0, 0)
				: new ChannelFigures(channel.id(), progress.planned(), progress.sent(), progress.failed());
	}

	/**
	 * The notifier moves a notice to SENT or PARTLY_FAILED only once the version's every
	 * batch is finished, so those states are final. A cancellation is CANCELLED at once,
	 * while it still goes out; it has finished when the notifier says its delivery is
	 * over (counting the channels here showed 0/0 as finished before anything was
	 * planned).
	 */
	private static boolean finished(NoticeView notice) {
		return switch (notice.state()) {
			case SENT, PARTLY_FAILED -> true;
			case CANCELLED -> notice.delivered();
			default -> false;
		};
	}

	/**
	 * Which version the figures are of: the first publication, an update or the
	 * cancellation.
	 */
	public String version() {
		if (state.equals("CANCELLED") && revision > 0) {
			return "cancellation";
		}
		return revision > 1 ? "update" : "first";
	}

	/**
	 * Whether deliveries are under way now: sending, or a cancellation still reaching
	 * residents.
	 */
	public boolean inFlight() {
		return !finished && (state.equals("SENDING") || state.equals("CANCELLED"));
	}

	public long sent() {
		return channels.stream().mapToLong(ChannelFigures::sent).sum();
	}

	public long failed() {
		return channels.stream().mapToLong(ChannelFigures::failed).sum();
	}

	/**
	 * @param channel the channel's id, e.g. {@code line}
	 * @param planned recipients (or documents) planned
	 * @param sent accepted by the channel
	 * @param failed given up on
	 */
	record ChannelFigures(String channel, long planned, long sent, long failed) {

		/**
		 * How far the channel got, 0 to 100; a channel with nothing planned yet is at 0.
		 */
		public int percent() {
			return planned == 0 ? 0 : (int) Math.min(100, (sent + failed) * 100 / planned);
		}

		public boolean done() {
			return planned > 0 && sent + failed >= planned;
		}

	}

}
