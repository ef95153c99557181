package io.tsutawaru.infrastructure.line;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * The LINE clients of {@code tsutawaru.line.*}, one for the whole process. An
 * auto-configuration (listed in {@code META-INF/spring/…AutoConfiguration.imports}), so
 * that the app and each module's test application find it whichever packages they scan.
 */
@AutoConfiguration
@EnableConfigurationProperties(LineProperties.class)
class LineClientConfiguration {

	@Bean
	@ConditionalOnMissingBean
	LineClients lineClients(LineProperties properties, Environment environment, ObjectProvider<MeterRegistry> meters) {
		// A module's own tests run without the actuator, hence without a registry bean.
		return new LineClients(properties, environment, meters.getIfAvailable(SimpleMeterRegistry::new));
	}

}
