package io.tsutawaru.notifier;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Binds the module's settings; the features contribute their own beans by component
 * scanning.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(NotifierProperties.class)
class NotifierConfiguration {

	/**
	 * The city's clock: its zone is the city's time zone ({@code tsutawaru.time-zone},
	 * Asia/Tokyo by default), never the JVM's default, so that days, schedules and times
	 * shown to staff and residents are the city's whatever the server is set to. Every
	 * module that needs the time or a local date takes this bean; tests replace it.
	 */
	@Bean
	@ConditionalOnMissingBean
	Clock cityClock(@Value("${tsutawaru.time-zone:Asia/Tokyo}") ZoneId zone) {
		return Clock.system(zone);
	}

}
