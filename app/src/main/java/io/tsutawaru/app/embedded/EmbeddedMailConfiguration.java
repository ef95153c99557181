package io.tsutawaru.app.embedded;

import java.nio.charset.StandardCharsets;

import io.tsutawaru.app.AppProperties;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** Sends mail to an in-process SMTP server when {@code SMTP_HOST} is not set. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.mail.host:}'.isBlank()")
class EmbeddedMailConfiguration {

	@Bean(destroyMethod = "close")
	EmbeddedMailbox embeddedMailbox(AppProperties properties) {
		return new EmbeddedMailbox(properties.dataDir().resolve("mailbox"));
	}

	@Bean
	JavaMailSenderImpl mailSender(EmbeddedMailbox mailbox) {
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost("127.0.0.1");
		sender.setPort(mailbox.port());
		sender.setDefaultEncoding(StandardCharsets.UTF_8.name());
		return sender;
	}

}
