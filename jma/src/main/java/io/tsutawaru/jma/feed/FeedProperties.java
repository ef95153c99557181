package io.tsutawaru.jma.feed;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Which of JMA's PULL feeds are read and how ({@code tsutawaru.jma.*}).
 *
 * @param feeds the Atom feeds polled, e.g. JMA's {@code extra.xml} and {@code eqvol.xml};
 * may name {@code ${local.server.port}} (the sandbox's stand-in feeds), resolved on every
 * poll; empty turns polling off
 * @param pollInterval the pause between the end of one poll and the start of the next
 * (JMA updates its feeds every minute and asks readers to send If-Modified-Since)
 * @param timeout the longest one feed or telegram may take to arrive, connecting
 * included: a slow feed is given up and polled again next time
 * @param maxFeedSize a feed larger than this is refused as garbage (JMA's long feeds are
 * about 1 MB)
 * @param maxTelegramSize a telegram larger than this is refused as garbage
 * @param maxAge an entry updated longer ago than this is remembered but not acted on: the
 * first read of a feed (a new installation, a service back after a long stop) lists hours
 * or days of telegrams that are history, not alerts
 * @param fetchAttempts how often a telegram that cannot be fetched is tried (once per
 * poll) before it is recorded as ignored with the reason
 */
@ConfigurationProperties("tsutawaru.jma")
public record FeedProperties(List<String> feeds, Duration pollInterval, Duration timeout, DataSize maxFeedSize,
		DataSize maxTelegramSize, Duration maxAge, Integer fetchAttempts) {

	public FeedProperties {
		feeds = feeds == null ? List.of() : feeds.stream().map(String::strip).filter(feed -> !feed.isEmpty()).toList();
		pollInterval = pollInterval == null ? Duration.ofMinutes(1) : pollInterval;
		timeout = timeout == null ? Duration.ofSeconds(20) : timeout;
		maxFeedSize = maxFeedSize == null ? DataSize.ofMegabytes(8) : maxFeedSize;
		maxTelegramSize = maxTelegramSize == null ? DataSize.ofMegabytes(2) : maxTelegramSize;
		maxAge = maxAge == null ? Duration.ofHours(1) : maxAge;
		fetchAttempts = fetchAttempts == null || fetchAttempts < 1 ? 10 : fetchAttempts;
	}

}
