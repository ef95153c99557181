package io.tsutawaru.notifier;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * One GreenMail SMTP server for the whole test run, on a free port. Spring caches
 * application contexts across test classes, so the server the mail sender points at must
 * outlive any single test class.
 */
public final class TestSmtp {

	private static GreenMail server;

	private TestSmtp() {
	}

	public static synchronized GreenMail server() {
		if (server == null) {
			server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort())
				.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
			server.start();
		}
		return server;
	}

	/** Points Spring Mail at the server. */
	public static void register(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> server().getSmtp().getPort());
	}

}
