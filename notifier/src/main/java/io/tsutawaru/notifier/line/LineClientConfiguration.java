package io.tsutawaru.notifier.line;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LineProperties.class)
class LineClientConfiguration {

	@Bean
	@ConditionalOnMissingBean
	LineClients lineClients(LineProperties properties, Environment environment, ObjectProvider<MeterRegistry> meters) {
		// The notifier's own tests run without the actuator, hence without a registry bean.
		return new LineClients(properties, environment, meters.getIfAvailable(SimpleMeterRegistry::new));
	}

}
