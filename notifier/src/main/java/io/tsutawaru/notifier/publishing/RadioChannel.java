package io.tsutawaru.notifier.publishing;

import java.util.LinkedHashMap;
import java.util.Map;

import io.tsutawaru.notifier.Channel;
import io.tsutawaru.notifier.NotifierProperties;
import io.tsutawaru.notifier.PublishedNotice;
import io.tsutawaru.notifier.Severity;
import io.tsutawaru.notifier.delivery.DeliveryBatch;
import io.tsutawaru.notifier.delivery.DeliveryChannel;
import io.tsutawaru.notifier.delivery.DeliveryOutcome;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * The disaster administrative radio: posts the text to speak, with the notice's id and
 * revision (so the gateway can tell a repeated post from a new announcement), its status
 * and whether it is urgent.
 */
@Component
class RadioChannel implements DeliveryChannel {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final GatewayPoster poster;

	private final NotifierProperties properties;

	RadioChannel(GatewayPoster poster, NotifierProperties properties) {
		this.poster = poster;
		this.properties = properties;
	}

	@Override
	public Channel channel() {
		return Channel.RADIO;
	}

	@Override
	public int maxAttempts() {
		return 10;
	}

	/** Renders the sample's announcement and posts nothing. */
	@Override
	public void warmUp(PublishedNotice sample) {
		JSON.writeValueAsString(announcement(sample));
	}

	@Override
	public DeliveryOutcome deliver(DeliveryBatch batch, PublishedNotice notice) {
		return poster.post(properties.gateways().radioUrl(), "application/json; charset=UTF-8",
				JSON.writeValueAsString(announcement(notice)), "Disaster radio");
	}

	private Map<String, Object> announcement(PublishedNotice notice) {
		Map<String, Object> announcement = new LinkedHashMap<>();
		announcement.put("id", notice.noticeId() + "-" + notice.revision());
		announcement.put("status", notice.content().status().name().toLowerCase());
		announcement.put("msgType", notice.type().name().toLowerCase());
		announcement.put("urgent", notice.content().severity() == Severity.EMERGENCY);
		announcement.put("text",
				RadioScript.of(notice, properties.cap().senderName(), properties.gateways().readings()));
		return announcement;
	}

}
