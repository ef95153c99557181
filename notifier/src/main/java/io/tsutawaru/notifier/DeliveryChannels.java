package io.tsutawaru.notifier;

import java.util.Set;

/**
 * Which channels this installation can deliver to: those whose connection is configured
 * (a gateway's address, …).
 */
public interface DeliveryChannels {

	/** The configured channels; a notice sent on any other fails on that channel. */
	Set<Channel> configured();

}
