package io.tsutawaru.jma.feed;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * The feed package alone, on H2 or the test PostgreSQL ({@link FeedDatabase}), with a
 * handler that records what it was given and says it sent each telegram.
 */
@SpringBootApplication
class FeedTestApplication {

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	@Bean
	RecordingHandler recordingHandler() {
		return new RecordingHandler();
	}

	/** Acts on every telegram as if it had been sent, and keeps what it was given. */
	static class RecordingHandler implements TelegramHandler {

		final List<ReceivedTelegram> received = new CopyOnWriteArrayList<>();

		@Override
		public TelegramOutcome act(ReceivedTelegram telegram) {
			received.add(telegram);
			return new TelegramOutcome("telegram " + received.size(), "震度速報", "発表", "通常", "E1", TelegramAction.SENT,
					null, (long) received.size());
		}

		List<String> keys() {
			return received.stream().map(ReceivedTelegram::entryKey).toList();
		}

	}

}
