package io.tsutawaru.app.console;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.tsutawaru.notifier.Audience;
import io.tsutawaru.notifier.Channel;
import io.tsutawaru.notifier.NoticeDraft;
import io.tsutawaru.notifier.NoticeState;
import io.tsutawaru.notifier.NoticeView;
import io.tsutawaru.notifier.NoticeView.ChannelProgress;

import static org.assertj.core.api.Assertions.assertThat;

/** When the progress bars of a version stop following it. */
class DeliveryFiguresTests {

	static final NoticeDraft ALERT = new NoticeDraft("避難指示", "避難してください。", null, null, null, null,
			Set.of(Channel.LINE, Channel.WEBSITE), "all", Map.of(), List.of(), List.of(), null, null, false);

	@Test
	void aCancellationThatIsNotPlannedYetIsNotFinished() {
		// The page opened right after "cancel": nothing of the cancellation planned, so
		// every channel reads 0 / 0.
		NoticeView justCancelled = view(NoticeState.CANCELLED, 3, Map.of(), false);

		DeliveryFigures figures = DeliveryFigures.of(justCancelled);

		assertThat(figures.finished()).isFalse();
		assertThat(figures.inFlight()).isTrue();
		assertThat(figures.version()).isEqualTo("cancellation");
	}

	@Test
	void aCancellationIsFinishedWhenTheNotifierSaysItsDeliveryIsOver() {
		NoticeView delivered = view(NoticeState.CANCELLED, 3,
				Map.of(Channel.LINE, new ChannelProgress(40, 40, 0), Channel.WEBSITE, new ChannelProgress(1, 1, 0)),
				true);
		NoticeView halfPlanned = view(NoticeState.CANCELLED, 3, Map.of(Channel.WEBSITE, new ChannelProgress(1, 1, 0)),
				false);

		assertThat(DeliveryFigures.of(delivered).finished()).isTrue();
		assertThat(DeliveryFigures.of(halfPlanned).finished()).as("LINE not planned yet").isFalse();
		assertThat(DeliveryFigures.of(view(NoticeState.CANCELLED, 0, Map.of(), true)).finished()).as("never sent")
			.isTrue();
		assertThat(DeliveryFigures.of(view(NoticeState.SENDING, 2, Map.of(), false)).version()).isEqualTo("update");
	}

	/**
	 * The escalation's figures are shown apart, per channel it went on, whether or not
	 * the first send used that channel; a channel whose residents all answered before
	 * their batches went out has no bar.
	 */
	@Test
	void theEscalationIsShownApartFromTheFirstSendAndNeverAt0Of0() {
		NoticeView escalated = new NoticeView(7, NoticeState.SENT, ALERT, 1, "emergency", null, new Audience(40, 0, 40),
				Map.of(Channel.LINE, new ChannelProgress(40, 40, 0)), Instant.now(), List.of(), null, null, true,
				Map.of(Channel.EMAIL, new ChannelProgress(12, 12, 0), Channel.LINE, new ChannelProgress(0, 0, 0)));

		DeliveryFigures figures = DeliveryFigures.of(escalated);

		assertThat(figures.channels()).extracting(DeliveryFigures.ChannelFigures::channel)
			.containsExactly("line", "website");
		assertThat(figures.channels().getFirst().planned()).isEqualTo(40);
		assertThat(figures.escalation()).containsExactly(new DeliveryFigures.ChannelFigures("email", 12, 12, 0));
		assertThat(figures.escalation().getFirst().percent()).isEqualTo(100);
		assertThat(figures.sent()).as("the first send's").isEqualTo(40);
	}

	private static NoticeView view(NoticeState state, int revision, Map<Channel, ChannelProgress> channels,
			boolean delivered) {
		return new NoticeView(7, state, ALERT, revision, "emergency", null, new Audience(40, 0, 40), channels,
				revision == 0 ? null : Instant.now(), List.of(), null, null, delivered, Map.of());
	}

}
