package io.tsutawaru.bot;

import io.tsutawaru.notifier.NotifierProperties;
import io.tsutawaru.notifier.PublicLinks;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * The bot with the notifier's real subscribers and the shared LINE connection (the
 * infrastructure module's auto-configuration); the knowledge base is scripted by the
 * tests ({@link ScriptedKnowledgeBase}). Spring Security is left out: the app permits the
 * webhook, which is what the tests need, and the console's rules are the app's to test.
 */
@SpringBootApplication(
		scanBasePackages = { "io.tsutawaru.bot", "io.tsutawaru.notifier.subscriber", "io.tsutawaru.shelters" },
		excludeName = { "org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration",
				"org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration",
				"org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
				"org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration",
				"org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration" })
@EnableConfigurationProperties(NotifierProperties.class)
@Import(PublicLinks.class)
public class BotTestApplication {

	/**
	 * What the app's actuator provides, so that tests can read the meters the module
	 * registers.
	 */
	@Bean
	SimpleMeterRegistry meterRegistry() {
		return new SimpleMeterRegistry();
	}

}
