package io.tsutawaru.app.sandbox;

import java.time.Clock;
import java.time.Duration;

import io.tsutawaru.app.AppProperties;
import io.tsutawaru.app.sandbox.gateway.GatewayLog;
import io.tsutawaru.app.sandbox.line.LineCallLog;
import io.tsutawaru.app.sandbox.line.ReplyTokens;
import io.tsutawaru.app.sandbox.line.ResidentInbox;
import io.tsutawaru.app.sandbox.line.SandboxContent;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The sandbox's memory: bounded, in-process, and gone when the service stops, like any
 * test double, except the residents' chat history and the LINE calls, kept in the data
 * directory so that a demo survives a restart. Its records are stamped by the city clock,
 * like everything else the console shows.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("tsutawaru.sandbox.enabled")
class SandboxConfiguration {

	/**
	 * LINE documents that a reply token must be used within one minute of the webhook.
	 */
	private static final Duration REPLY_TOKEN_LIFETIME = Duration.ofMinutes(1);

	@Bean
	LineCallLog lineCallLog(Clock clock, AppProperties properties, JsonMapper json) {
		return new LineCallLog(10_000, clock, properties.dataDir().resolve("sandbox/line-calls.jsonl"), json);
	}

	@Bean
	ReplyTokens replyTokens(Clock clock) {
		return new ReplyTokens(REPLY_TOKEN_LIFETIME, clock);
	}

	@Bean
	ResidentInbox residentInbox(Clock clock, AppProperties properties, JsonMapper json) {
		return new ResidentInbox(5_000, clock, properties.dataDir().resolve("sandbox/resident-inbox.jsonl"), json);
	}

	@Bean
	SandboxContent sandboxContent() {
		return new SandboxContent();
	}

	@Bean
	GatewayLog gatewayLog(Clock clock) {
		return new GatewayLog(2_000, clock);
	}

}
