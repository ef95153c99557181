package io.tsutawaru.bot.webhook;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import com.linecorp.bot.webhook.model.Event;
import io.tsutawaru.bot.BotProperties;
import io.tsutawaru.bot.webhook.WebhookRejectedException.Reason;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Bounded queues, each served by one thread, that events wait in after the webhook has answered. A resident's
 * events always take the same lane, so a photo and the location sent after it are handled in that order. When a
 * lane is full the webhook answers 503 and LINE delivers the events again; those already queued are then dropped
 * as duplicates, so no event is lost and none acts twice.
 */
@Component
class EventLanes implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(EventLanes.class);

	private final List<ThreadPoolExecutor> lanes = new ArrayList<>();

	private final EventProcessor processor;

	EventLanes(EventProcessor processor, BotProperties properties) {
		this.processor = processor;
		var webhook = properties.webhook();
		for (int i = 0; i < webhook.workers(); i++) {
			String name = "bot-lane-" + i;
			lanes.add(new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
					new ArrayBlockingQueue<>(webhook.queueCapacity()), task -> new Thread(task, name)));
		}
	}

	/** Queues the events of one webhook call, or refuses the call when a lane is full. */
	void accept(List<Event> events) {
		for (Event event : events) {
			try {
				lane(event).execute(() -> processor.process(event));
			}
			catch (RejectedExecutionException full) {
				throw new WebhookRejectedException(Reason.BUSY, "The bot is busy; deliver the events again later");
			}
		}
	}

	private ThreadPoolExecutor lane(Event event) {
		String key = event.source() != null && event.source().userId() != null ? event.source().userId()
				: String.valueOf(event.webhookEventId());
		return lanes.get(Math.floorMod(key.hashCode(), lanes.size()));
	}

	/** Lets queued events finish on shutdown, for a while; what remains LINE delivers again. */
	@Override
	public void destroy() throws InterruptedException {
		lanes.forEach(ThreadPoolExecutor::shutdown);
		for (ThreadPoolExecutor lane : lanes) {
			if (!lane.awaitTermination(10, TimeUnit.SECONDS)) {
				log.warn("{} events were still queued at shutdown", lane.shutdownNow().size());
			}
		}
	}

}
