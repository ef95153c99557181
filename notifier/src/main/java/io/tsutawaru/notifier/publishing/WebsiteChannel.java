package io.tsutawaru.notifier.publishing;

import java.util.LinkedHashMap;
import java.util.Map;

import io.tsutawaru.notifier.Channel;
import io.tsutawaru.notifier.NotifierProperties;
import io.tsutawaru.notifier.PublicLinks;
import io.tsutawaru.notifier.PublishedNotice;
import io.tsutawaru.notifier.delivery.DeliveryBatch;
import io.tsutawaru.notifier.delivery.DeliveryChannel;
import io.tsutawaru.notifier.delivery.DeliveryOutcome;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * The website channel. The page, the feed and the banner show a version from the moment
 * it is published, so there is nothing to send, except to a city CMS that wants to know:
 * when a webhook is configured, it is told of every version with the page's address.
 */
@Component
class WebsiteChannel implements DeliveryChannel {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final GatewayPoster poster;

	private final PublicLinks links;

	private final String webhook;

	WebsiteChannel(GatewayPoster poster, PublicLinks links, NotifierProperties properties) {
		this.poster = poster;
		this.links = links;
		this.webhook = properties.gateways().cmsWebhookUrl();
	}

	@Override
	public Channel channel() {
		return Channel.WEBSITE;
	}

	/** Renders the sample's webhook body and posts nothing. */
	@Override
	public void warmUp(PublishedNotice sample) {
		JSON.writeValueAsString(page(sample));
	}

	@Override
	public DeliveryOutcome deliver(DeliveryBatch batch, PublishedNotice notice) {
		if (!poster.configured(webhook)) {
			return DeliveryOutcome.Sent.all(1);
		}
		return poster.post(webhook, "application/json; charset=UTF-8", JSON.writeValueAsString(page(notice)),
				"CMS webhook");
	}

	private Map<String, Object> page(PublishedNotice notice) {
		Map<String, Object> page = new LinkedHashMap<>();
		page.put("noticeId", notice.noticeId());
		page.put("revision", notice.revision());
		page.put("msgType", notice.type().name().toLowerCase());
		page.put("status", notice.content().status().name().toLowerCase());
		page.put("severity", notice.content().severity().name().toLowerCase());
		page.put("title", notice.headline(null));
		page.put("url", links.notice(notice.noticeId()).toString());
		page.put("publishedAt", CapTime.format(notice.publishedAt()));
		return page;
	}

}
