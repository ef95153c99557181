package io.tsutawaru.app.sandbox.jma;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The sandbox's JMA feeds: in memory, gone when the service stops, like the sandbox's
 * other stand-ins.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("tsutawaru.sandbox.enabled")
class SandboxJmaConfiguration {

	/**
	 * JMA's high-frequency feeds list the last few dozen telegrams; a sandbox needs no
	 * more.
	 */
	private static final int ENTRIES_PER_FEED = 100;

	@Bean
	SandboxFeeds sandboxFeeds(Clock clock) {
		return new SandboxFeeds(ENTRIES_PER_FEED, clock);
	}

}
