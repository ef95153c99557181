package io.tsutawaru.notifier;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Stands in for the app module in tests: the notifier's beans, H2 with Flyway, and the
 * app's security rules.
 */
@SpringBootApplication
public class NotifierTestApplication {

	/**
	 * What the app's actuator provides, so that tests can read the meters the module
	 * registers.
	 */
	@Bean
	SimpleMeterRegistry meterRegistry() {
		return new SimpleMeterRegistry();
	}

	/**
	 * What the app module's security configuration does: public pages open, the staff API
	 * behind a login.
	 */
	@Configuration(proxyBeanMethods = false)
	@EnableMethodSecurity
	static class TestSecurity {

		@Bean
		SecurityFilterChain testFilterChain(HttpSecurity http) throws Exception {
			return http
				.authorizeHttpRequests(
						requests -> requests.requestMatchers("/api/**").authenticated().anyRequest().permitAll())
				.httpBasic(Customizer.withDefaults())
				.csrf(csrf -> csrf.disable())
				.build();
		}

	}

}
