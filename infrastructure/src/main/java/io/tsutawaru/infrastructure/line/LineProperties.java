package io.tsutawaru.infrastructure.line;

import java.net.URI;
import java.util.function.UnaryOperator;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How to reach the LINE Messaging API ({@code tsutawaru.line.*}). Shared by the bot
 * (replies, pushes, webhook signatures) and the notifier (multicasts, broadcasts), which
 * is why it is public here rather than private to either. Endpoints may contain
 * {@code ${local.server.port}} (written {@code \${local.server.port}} in configuration
 * files, so that binding leaves it alone): in the sandbox the LINE stand-in is served by
 * this very process, whose port is only known once the web server has started.
 *
 * @param channelSecret signs webhooks; from {@code LINE_CHANNEL_SECRET}
 * @param channelToken the channel access token; from {@code LINE_CHANNEL_TOKEN}
 * @param apiEndpoint the Messaging API (https://api.line.me in production)
 * @param dataApiEndpoint the content API for images residents send
 * (https://api-data.line.me in production)
 */
@ConfigurationProperties("tsutawaru.line")
public record LineProperties(String channelSecret, String channelToken, String apiEndpoint, String dataApiEndpoint) {

	public LineProperties {
		apiEndpoint = apiEndpoint == null || apiEndpoint.isBlank() ? "https://api.line.me" : apiEndpoint;
		dataApiEndpoint = dataApiEndpoint == null || dataApiEndpoint.isBlank() ? "https://api-data.line.me"
				: dataApiEndpoint;
	}

	URI resolvedApiEndpoint(UnaryOperator<String> placeholders) {
		return asBaseUri(placeholders.apply(apiEndpoint));
	}

	URI resolvedDataApiEndpoint(UnaryOperator<String> placeholders) {
		return asBaseUri(placeholders.apply(dataApiEndpoint));
	}

	/**
	 * The SDK appends paths such as {@code v2/bot/message/push}, so its base must end
	 * with a slash.
	 */
	private static URI asBaseUri(String endpoint) {
		return URI.create(endpoint.endsWith("/") ? endpoint : endpoint + "/");
	}

}
