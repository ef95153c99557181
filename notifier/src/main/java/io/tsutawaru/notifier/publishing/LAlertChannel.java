package io.tsutawaru.notifier.publishing;

import io.tsutawaru.notifier.Channel;
import io.tsutawaru.notifier.NotifierProperties;
import io.tsutawaru.notifier.PublicLinks;
import io.tsutawaru.notifier.PublishedNotice;
import io.tsutawaru.notifier.delivery.DeliveryBatch;
import io.tsutawaru.notifier.delivery.DeliveryChannel;
import io.tsutawaru.notifier.delivery.DeliveryOutcome;

import org.springframework.stereotype.Component;

/**
 * L-Alert: posts each published version as commons EDXL to the configured gateway and
 * retries until the gateway acknowledges it. A repeated post carries the same
 * distribution id and revision, so L-Alert recognises it.
 */
@Component
class LAlertChannel implements DeliveryChannel {

	private final GatewayPoster poster;

	private final PublicLinks links;

	private final NotifierProperties properties;

	LAlertChannel(GatewayPoster poster, PublicLinks links, NotifierProperties properties) {
		this.poster = poster;
		this.links = links;
		this.properties = properties;
	}

	@Override
	public Channel channel() {
		return Channel.LALERT;
	}

	@Override
	public int maxAttempts() {
		return properties.gateways().lalertAttempts();
	}

	/** Renders the sample's commons EDXL document and posts nothing. */
	@Override
	public void warmUp(PublishedNotice sample) {
		CommonsEdxl.write(sample, properties.cap(), links.notice(sample.noticeId()).toString());
	}

	@Override
	public DeliveryOutcome deliver(DeliveryBatch batch, PublishedNotice notice) {
		String document = CommonsEdxl.write(notice, properties.cap(), links.notice(notice.noticeId()).toString());
		return poster.post(properties.gateways().lalertUrl(), "application/xml; charset=UTF-8", document, "L-Alert");
	}

}
