package io.tsutawaru.app;

import java.net.URI;
import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the runnable service ({@code tsutawaru.*} outside the modules' own
 * prefixes).
 *
 * @param dataDir where the embedded database, search index, Redis journal and report
 * photos live
 * @param app the public address residents reach (links in messages, CAP documents,
 * e-mails)
 * @param sandbox whether the LINE sandbox and the gateway receivers are served (never in
 * production)
 */
@ConfigurationProperties("tsutawaru")
public record AppProperties(@DefaultValue("./data") Path dataDir, @DefaultValue Web app,
		@DefaultValue Sandbox sandbox) {

	/**
	 * @param publicBaseUrl the address of this service as residents see it
	 * @param maxRequestSize the largest request staff may send (REST API, console forms);
	 * uploads have their own limit ({@code spring.servlet.multipart.max-request-size})
	 */
	public record Web(@DefaultValue("http://localhost:8080") URI publicBaseUrl,
			@DefaultValue("1MB") DataSize maxRequestSize) {
	}

	/**
	 * @param enabled serve the LINE sandbox, the resident chat page and the gateway
	 * receivers
	 */
	public record Sandbox(@DefaultValue("false") boolean enabled) {
	}

}
