package io.tsutawaru.app.reliability;

import java.net.URI;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import io.tsutawaru.app.ServiceTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.http.client.HttpRedirects;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.PathContainer;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Enumerates every endpoint the running service maps and checks who may reach it:
 * residents only the webhook and the public pages, staff only what their role allows. A
 * new endpoint that nobody classified here fails the build, so access is always a
 * decision, never an accident.
 */
@AutoConfigureTestRestTemplate
class EndpointAccessTests extends ServiceTest {

	enum Role {

		PR, EMERGENCY, KB_EDITOR, DESK, ADMIN

	}

	/** Who may call a path; {@code public} means anyone, without signing in. */
	record Rule(String pattern, Set<HttpMethod> methods, Set<Role> roles, boolean isPublic) {

		private static final PathPatternParser PARSER = PathPatternParser.defaultInstance;

		boolean covers(HttpMethod method, String path) {
			PathPattern parsed = PARSER.parse(pattern);
			return (methods.isEmpty() || methods.contains(method)) && parsed.matches(PathContainer.parsePath(path));
		}

	}

	private static Rule open(String pattern, HttpMethod... methods) {
		return new Rule(pattern, Set.of(methods), Set.of(), true);
	}

	private static Rule staff(String pattern, Role... roles) {
		return new Rule(pattern, Set.of(), EnumSet.copyOf(List.of(roles)), false);
	}

	private static final Role[] ANY_STAFF = Role.values();

	/**
	 * The access policy, first match wins. ADMIN may do everything, so it is in every
	 * staff rule.
	 */
	static final List<Rule> POLICY = List.of(open("/line/webhook", HttpMethod.POST),
			open("/login", HttpMethod.GET, HttpMethod.POST), open("/error"), open("/actuator/health/**"),
			open("/notices/**"), open("/notices"), open("/cap/**"), open("/subscribers/confirm", HttpMethod.GET),
			open("/shelters", HttpMethod.GET),
			// The e-mail's answer links (issue 18): the signed token is the credential.
			open("/answers/*", HttpMethod.GET), open("/answers", HttpMethod.POST),
			// The sandbox stands in for LINE and the residents; it exists only without a
			// profile (tested elsewhere).
			open("/sandbox/**"), staff("/api/admin/**", Role.ADMIN), staff("/console/admin/**", Role.ADMIN),
			staff("/console/emergency/**", Role.EMERGENCY, Role.ADMIN),
			staff("/api/jma/telegrams/**", Role.EMERGENCY, Role.ADMIN),
			staff("/api/rich-menu/**", Role.EMERGENCY, Role.ADMIN),
			staff("/console/jma/**", Role.EMERGENCY, Role.ADMIN), staff("/api/kb/**", Role.KB_EDITOR, Role.ADMIN),
			staff("/console/kb/**", Role.KB_EDITOR, Role.ADMIN), staff("/console/compose/**", Role.PR, Role.ADMIN),
			staff("/console/approvals/**", Role.PR, Role.ADMIN), staff("/console/schedules/**", Role.PR, Role.ADMIN),
			staff("/console/notices/**", Role.PR, Role.EMERGENCY, Role.ADMIN),
			// Residents' hand-offs and reports hold their words, names, photos and
			// places: the desk's alone.
			staff("/console/handoffs/**", Role.DESK, Role.ADMIN), staff("/console/reports/**", Role.DESK, Role.ADMIN),
			// Who answered an alert, who needs help (issue 18): emergency staff's
			// follow-up, like the emergency screen.
			staff("/api/notices/*/responses", Role.EMERGENCY, Role.ADMIN),
			staff("/api/notices/**", Role.PR, Role.EMERGENCY, Role.ADMIN),
			staff("/api/segments/**", Role.PR, Role.EMERGENCY, Role.ADMIN),
			staff("/api/jma/rules/**", Role.EMERGENCY, Role.ADMIN),
			staff("/api/shelters/**", Role.EMERGENCY, Role.ADMIN), staff("/console/**", ANY_STAFF),
			staff("/console", ANY_STAFF), staff("/", ANY_STAFF), staff("/actuator/**", ANY_STAFF),
			// The staff API's OpenAPI document and Swagger UI: every member of staff,
			// nobody else (SecurityConfiguration
			// says why). Swagger UI's files are static resources, which
			// apidocs.ApiDocumentAccessTests checks.
			staff("/v3/api-docs/**", ANY_STAFF), staff("/v3/api-docs.yaml", ANY_STAFF),
			staff("/swagger-ui.html", ANY_STAFF));

	private static final Map<Role, String> PASSWORDS = Map.of(Role.PR, "pr-password", Role.EMERGENCY,
			"emergency-password", Role.KB_EDITOR, "editor-password", Role.DESK, "desk-password", Role.ADMIN,
			"admin-password");

	private static final Map<Role, String> USERS = Map.of(Role.PR, "pr", Role.EMERGENCY, "emergency", Role.KB_EDITOR,
			"editor", Role.DESK, "desk", Role.ADMIN, "admin");

	record Endpoint(HttpMethod method, String pattern, String path) {
	}

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	TestRestTemplate http;

	/**
	 * Every mapped method and path pattern, with path variables filled in so it can be
	 * called.
	 */
	private List<Endpoint> endpoints() {
		List<Endpoint> endpoints = new ArrayList<>();
		mappings.getHandlerMethods().forEach((info, handler) -> {
			Set<HttpMethod> methods = new TreeSet<>((a, b) -> a.name().compareTo(b.name()));
			info.getMethodsCondition().getMethods().forEach(method -> methods.add(HttpMethod.valueOf(method.name())));
			if (methods.isEmpty()) {
				methods.addAll(List.of(HttpMethod.GET, HttpMethod.POST));
			}
			for (String pattern : info.getPatternValues()) {
				String path = pattern.replaceAll("\\{\\*?([^}:]+)(:[^}]*)?}", "1");
				methods.forEach(method -> endpoints.add(new Endpoint(method, pattern, path)));
			}
		});
		return endpoints;
	}

	private Rule ruleFor(Endpoint endpoint) {
		return POLICY.stream().filter(rule -> rule.covers(endpoint.method(), endpoint.path())).findFirst().orElse(null);
	}

	private ResponseEntity<String> call(Endpoint endpoint, Role role) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		if (role != null) {
			headers.setBasicAuth(USERS.get(role), PASSWORDS.get(role));
		}
		HttpEntity<String> request = new HttpEntity<>(endpoint.method() == HttpMethod.GET ? null : "{}", headers);
		// A redirect to the login page is the answer we look for, so it must not be
		// followed.
		return http.withRedirects(HttpRedirects.DONT_FOLLOW)
			.exchange(URI.create(http.getRootUri() + endpoint.path()), endpoint.method(), request, String.class);
	}

	private static boolean sentToLogin(ResponseEntity<String> response) {
		URI location = response.getHeaders().getLocation();
		return response.getStatusCode().is3xxRedirection() && location != null && location.getPath().endsWith("/login");
	}

	@Test
	void everyMappedEndpointIsClassifiedInTheAccessPolicy() {
		List<Endpoint> unclassified = endpoints().stream().filter(endpoint -> ruleFor(endpoint) == null).toList();
		assertThat(endpoints()).hasSizeGreaterThan(10);
		assertThat(unclassified).as("endpoints nobody decided access for").isEmpty();
	}

	@Test
	void staffEndpointsRefuseAnonymousCallers() {
		List<String> leaks = new ArrayList<>();
		for (Endpoint endpoint : endpoints()) {
			Rule rule = ruleFor(endpoint);
			if (rule == null || rule.isPublic()) {
				continue;
			}
			ResponseEntity<String> response = call(endpoint, null);
			boolean refused = response.getStatusCode().value() == 401 || sentToLogin(response);
			if (!refused) {
				leaks.add(endpoint.method() + " " + endpoint.path() + " -> " + response.getStatusCode());
			}
		}
		assertThat(leaks).as("staff endpoints answering without credentials").isEmpty();
	}

	@Test
	void staffEndpointsRefuseTheWrongRole() {
		List<String> leaks = new ArrayList<>();
		for (Endpoint endpoint : endpoints()) {
			Rule rule = ruleFor(endpoint);
			if (rule == null || rule.isPublic()) {
				continue;
			}
			for (Role role : Role.values()) {
				if (rule.roles().contains(role)) {
					continue;
				}
				ResponseEntity<String> response = call(endpoint, role);
				if (response.getStatusCode().value() != 403) {
					leaks.add(
							role + " " + endpoint.method() + " " + endpoint.path() + " -> " + response.getStatusCode());
				}
			}
		}
		assertThat(leaks).as("staff endpoints answering a role they are not for").isEmpty();
	}

	@Test
	void staffEndpointsLetTheirRolesRead() {
		List<String> refusals = new ArrayList<>();
		for (Endpoint endpoint : endpoints()) {
			Rule rule = ruleFor(endpoint);
			if (rule == null || rule.isPublic() || endpoint.method() != HttpMethod.GET) {
				continue;
			}
			for (Role role : rule.roles()) {
				int status = call(endpoint, role).getStatusCode().value();
				if (status == 401 || status == 403) {
					refusals.add(role + " " + endpoint.path() + " -> " + status);
				}
			}
		}
		assertThat(refusals).as("staff endpoints refusing a role they are for").isEmpty();
	}

	@Test
	void theWebhookAndTheSignedAnswerAreTheOnlyAnonymousPostsBesidesLoginAndTheSandbox() {
		List<String> anonymousPosts = endpoints().stream()
			.filter(endpoint -> endpoint.method() == HttpMethod.POST)
			.filter(endpoint -> {
				Rule rule = ruleFor(endpoint);
				return rule != null && rule.isPublic();
			})
			.map(Endpoint::path)
			.filter(path -> !path.startsWith("/sandbox/"))
			.distinct()
			.sorted()
			.toList();
		assertThat(anonymousPosts).isSubsetOf(Stream.of("/line/webhook", "/answers", "/login", "/error").toList());
	}

}
