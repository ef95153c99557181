package io.tsutawaru.app.console;

import java.util.Set;

import io.tsutawaru.notifier.Channel;
import io.tsutawaru.notifier.DeliveryChannels;

import org.springframework.stereotype.Component;

/**
 * The channels this installation can deliver to. The forms offer the others greyed out,
 * so that staff never pick a channel that would only fail, and see at a glance what the
 * city has not connected yet.
 */
@Component
class ConfiguredChannels {

	private final DeliveryChannels channels;

	ConfiguredChannels(DeliveryChannels channels) {
		this.channels = channels;
	}

	Set<Channel> configured() {
		return channels.configured();
	}

}
