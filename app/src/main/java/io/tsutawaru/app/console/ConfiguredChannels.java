package io.tsutawaru.app.console;

import java.util.EnumSet;
import java.util.Set;

import io.tsutawaru.notifier.Channel;
import io.tsutawaru.notifier.delivery.DeliveryChannel;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The channels this installation can deliver to. The forms offer the others greyed out, so that staff never pick
 * a channel that would only fail, and see at a glance what the city has not connected yet.
 */
@Component
class ConfiguredChannels {

	private final ObjectProvider<DeliveryChannel> channels;

	ConfiguredChannels(ObjectProvider<DeliveryChannel> channels) {
		this.channels = channels;
	}

	Set<Channel> configured() {
		Set<Channel> configured = EnumSet.noneOf(Channel.class);
		channels.orderedStream().forEach(channel -> configured.add(channel.channel()));
		return configured;
	}

}
