package io.tsutawaru.app.apidocs;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The parts of the staff API's OpenAPI document that belong to the app rather than to the
 * module that owns an endpoint: title, how staff sign in, and the responses security and
 * the web edge give every operation. Which paths are documented (only {@code /api/**}) is
 * set in {@code application.yml}; who may read the document, in the security
 * configuration.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentationConfiguration {

	static final String BASIC = "basicAuth";

	static final String SESSION = "consoleSession";

	private static final String DESCRIPTION = """
			The staff REST API of tsutawaru: notices to residents on LINE, e-mail, the city website and the disaster \
			channels (CAP, L-Alert, disaster radio), and previews of segment rules.

			**Signing in.** Scripts send HTTP Basic credentials of a staff account with every call; they hold no \
			session and need no CSRF token. A browser signed in to the console may call the API with its session \
			cookie; a call that changes something then needs the console's CSRF token (header `X-CSRF-TOKEN`), so in \
			this page use *Authorize → basicAuth* to try those. Repeated wrong passwords lock an account for a while.

			**Roles.** PR and EMERGENCY staff use the notice and segment endpoints; PR staff may not send emergency \
			notices and their notices wait for a second member of staff's approval; ADMIN may do what both may. \
			KB_EDITOR has no access to them.

			**Errors** are RFC 9457 problem details (`application/problem+json`) with a `detail` staff can act on.
			""";

	@Bean
	OpenAPI staffApi(@Value("${server.servlet.session.cookie.name:JSESSIONID}") String sessionCookie) {
		return new OpenAPI().info(new Info().title("tsutawaru staff API").version("1").description(DESCRIPTION))
			.components(new Components()
				.addSecuritySchemes(BASIC,
						new SecurityScheme().type(SecurityScheme.Type.HTTP)
							.scheme("basic")
							.description("A staff account's login name and password, on every call (scripts)."))
				.addSecuritySchemes(SESSION, new SecurityScheme().type(SecurityScheme.Type.APIKEY)
					.in(SecurityScheme.In.COOKIE)
					.name(sessionCookie)
					.description("The session of a browser signed in at /login (the console). Calls that change "
							+ "something also need the CSRF token in X-CSRF-TOKEN.")))
			// Either one: two requirements in the list are alternatives.
			.addSecurityItem(new SecurityRequirement().addList(BASIC))
			.addSecurityItem(new SecurityRequirement().addList(SESSION));
	}

	@Bean
	OpenApiCustomizer problemDetailResponses() {
		return new ProblemDetailResponses();
	}

}
