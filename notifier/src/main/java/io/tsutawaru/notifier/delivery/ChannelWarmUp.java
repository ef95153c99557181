package io.tsutawaru.notifier.delivery;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import io.tsutawaru.notifier.AlertStatus;
import io.tsutawaru.notifier.Channel;
import io.tsutawaru.notifier.NoticeDraft;
import io.tsutawaru.notifier.NoticeKind;
import io.tsutawaru.notifier.PublishedNotice;
import io.tsutawaru.notifier.Severity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Prepares every channel once the service is ready, on a thread of its own: the first
 * alert after a restart took 1.7 s to reach every channel where the others took 0.2 s
 * (class loading, the first compilation of each renderer, the first SMTP connection), see
 * docs/benchmarks.md, Notifier. Nothing is sent to anyone: each channel renders a sample
 * drill that exists only in memory and opens what connections it can without a message.
 */
@Component
class ChannelWarmUp {

	private static final Logger log = LoggerFactory.getLogger(ChannelWarmUp.class);

	private final List<DeliveryChannel> channels;

	ChannelWarmUp(List<DeliveryChannel> channels) {
		this.channels = channels;
	}

	@EventListener(ApplicationReadyEvent.class)
	void onReady() {
		// Once, at start, and then it ends: a pool kept for it would idle forever, and
		// the planners' executors must
		// not wait behind a warm-up that can take seconds.
		Thread.ofPlatform().name("channel-warm-up").daemon().start(this::warmUp);
	}

	void warmUp() {
		long start = System.nanoTime();
		PublishedNotice sample = sample();
		for (DeliveryChannel channel : channels) {
			try {
				channel.warmUp(sample);
			}
			catch (Exception ex) {
				// A server not reachable yet is found again by the first real delivery,
				// which retries.
				log.info("Warming up the {} channel failed: {}", channel.channel().id(), ex.toString());
			}
		}
		log.info("Delivery channels warmed up in {} ms", (System.nanoTime() - start) / 1_000_000);
	}

	/**
	 * An emergency drill to every channel, with a translation: the longest path through
	 * each renderer.
	 */
	static PublishedNotice sample() {
		Instant now = Instant.now();
		var draft = new NoticeDraft("【警戒レベル4】避難指示", "直ちに避難してください。", null, Severity.EMERGENCY, AlertStatus.EXERCISE,
				"防災", EnumSet.allOf(Channel.class), "all",
				Map.of("en", new NoticeDraft.Translation("Evacuation order", "Evacuate now.")), List.of(), List.of(),
				null, now.plusSeconds(3600), false, NoticeKind.EVACUATION_ORDER);
		return new PublishedNotice(0, 1, PublishedNotice.MessageType.ALERT, draft, now, now);
	}

}
