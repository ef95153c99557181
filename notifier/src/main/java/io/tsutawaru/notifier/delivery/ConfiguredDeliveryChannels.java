package io.tsutawaru.notifier.delivery;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import io.tsutawaru.notifier.Channel;
import io.tsutawaru.notifier.DeliveryChannels;

import org.springframework.stereotype.Component;

/**
 * The channels with a {@link DeliveryChannel} bean: a channel's bean exists only when its
 * connection is configured.
 */
@Component
class ConfiguredDeliveryChannels implements DeliveryChannels {

	private final Set<Channel> configured = EnumSet.noneOf(Channel.class);

	ConfiguredDeliveryChannels(List<DeliveryChannel> channels) {
		channels.forEach(channel -> configured.add(channel.channel()));
	}

	@Override
	public Set<Channel> configured() {
		return EnumSet.copyOf(configured);
	}

}
