package io.tsutawaru.notifier;

import java.net.URI;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Absolute links to the public pages the notifier serves. The base URL is resolved on
 * every call because it may name {@code ${local.server.port}}, which is only known once
 * the web server has started.
 */
@Component
public class PublicLinks {

	private final NotifierProperties properties;

	private final Environment environment;

	PublicLinks(NotifierProperties properties, Environment environment) {
		this.properties = properties;
		this.environment = environment;
	}

	/** The absolute URL of a path such as {@code /notices/42}. */
	public URI to(String path) {
		String base = environment.resolvePlaceholders(properties.publicBaseUrl());
		return URI.create(base.endsWith("/") ? base.substring(0, base.length() - 1) + path : base + path);
	}

	/** The public page of a notice. */
	public URI notice(long noticeId) {
		return to("/notices/" + noticeId);
	}

	/** The public page of a notice in a language (null or ja: the Japanese page). */
	public URI notice(long noticeId, String language) {
		return language == null || "ja".equals(language) ? notice(noticeId)
				: to("/notices/" + noticeId + "?lang=" + language);
	}

}
