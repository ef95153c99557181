package io.tsutawaru.notifier.publishing;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import io.tsutawaru.notifier.Channel;
import io.tsutawaru.notifier.NotifierProperties;
import io.tsutawaru.notifier.PublicLinks;
import io.tsutawaru.notifier.PublishedNotice;
import io.tsutawaru.notifier.delivery.DeliveryBatch;
import io.tsutawaru.notifier.delivery.DeliveryChannel;
import io.tsutawaru.notifier.delivery.DeliveryOutcome;

import org.springframework.stereotype.Component;

/**
 * The CAP channel. The document is served from the moment the version is published
 * (aggregators read {@code /cap/feed.atom}); when a WebSub hub is configured, the hub is
 * told the feed changed so aggregators fetch it at once instead of at their next poll.
 */
@Component
class CapChannel implements DeliveryChannel {

	private final GatewayPoster poster;

	private final PublicLinks links;

	private final String hubUrl;

	CapChannel(GatewayPoster poster, PublicLinks links, NotifierProperties properties) {
		this.poster = poster;
		this.links = links;
		this.hubUrl = properties.gateways().capHubUrl();
	}

	@Override
	public Channel channel() {
		return Channel.CAP;
	}

	@Override
	public DeliveryOutcome deliver(DeliveryBatch batch, PublishedNotice notice) {
		if (!poster.configured(hubUrl)) {
			return DeliveryOutcome.Sent.all(1);
		}
		String feed = links.to("/cap/feed.atom").toString();
		return poster.post(hubUrl, "application/x-www-form-urlencoded",
				"hub.mode=publish&hub.url=" + URLEncoder.encode(feed, StandardCharsets.UTF_8), "WebSub hub");
	}

}
