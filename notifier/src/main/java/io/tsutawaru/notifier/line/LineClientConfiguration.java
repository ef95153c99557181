package io.tsutawaru.notifier.line;

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
	LineClients lineClients(LineProperties properties, Environment environment) {
		return new LineClients(properties, environment);
	}

}
