package io.tsutawaru.notifier.delivery;

import io.tsutawaru.notifier.NotifierProperties;
import io.tsutawaru.infrastructure.redis.BlockingReaders;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Tells the Redis pool how many connections the {@link DeliveryWorkers} hold while they
 * wait for batches.
 */
@Configuration(proxyBeanMethods = false)
class DeliveryReadersConfiguration {

	@Bean
	BlockingReaders deliveryWorkerReaders(NotifierProperties properties) {
		var fanOut = properties.fanOut();
		// As DeliveryWorkers.start(): no emergency workers either in a process without
		// workers.
		int threads = fanOut.workers() == 0 ? 0 : fanOut.workers() + fanOut.emergencyWorkers();
		return new BlockingReaders("delivery workers", threads);
	}

}
