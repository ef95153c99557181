package io.tsutawaru.app.security;

import java.time.Clock;
import java.util.Map;

import javax.sql.DataSource;

import io.tsutawaru.app.audit.StaffActionAuditFilter;
import io.tsutawaru.app.audit.StaffActions;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.JdbcUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.ExceptionTranslationFilter;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may reach what. Residents reach only the LINE webhook and the public website pages;
 * staff sign in to the console with a form, and scripts call {@code /api} with HTTP
 * Basic. Roles are checked here for whole areas of the console and in the modules for
 * individual actions (method security). Password checks, by form or Basic, are throttled
 * ({@link LoginThrottle}); a browser whose session expired is told so on the login page.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	private static final PathPatternRequestMatcher.Builder PATHS = PathPatternRequestMatcher.withDefaults();

	/**
	 * LINE's webhook calls carry no session, cookie or password: the bot checks their
	 * signature itself. They get a chain of their own with only what protects a response
	 * (security headers), because at hundreds of calls a second the staff chain's
	 * session, CSRF, login and request-cache filters took more CPU than the webhook's own
	 * work, for nothing (profile in docs/benchmarks.md, issue 4).
	 */
	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	SecurityFilterChain lineWebhookSecurity(HttpSecurity http) {
		http.securityMatcher(PATHS.matcher(HttpMethod.POST, "/line/webhook"))
			.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
			.csrf(csrf -> csrf.disable())
			.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(cache -> cache.disable())
			.securityContext(context -> context.disable())
			.anonymous(anonymous -> anonymous.disable())
			.logout(logout -> logout.disable());
		return http.build();
	}

	@Bean
	SecurityFilterChain staffSecurity(HttpSecurity http, ProblemDetailSecurityResponses problems,
			AuthenticationManager authenticationManager, StaffActions staffActions,
			@Value("${tsutawaru.sandbox.enabled:false}") boolean sandboxEnabled) {
		RequestMatcher api = PATHS.matcher("/api/**");
		// The staff API's OpenAPI document is read by tools and scripts: a 401 problem,
		// not the login page, like the API.
		RequestMatcher apiDocs = new OrRequestMatcher(PATHS.matcher("/v3/api-docs"), PATHS.matcher("/v3/api-docs.yaml"),
				PATHS.matcher("/v3/api-docs/**"));
		RequestMatcher machines = new OrRequestMatcher(api, apiDocs, PATHS.matcher("/actuator/**"));
		// Scripts authenticate every call with Basic and hold no session a forged request
		// could ride on.
		// A forged cross-site request rides on a browser's session cookie; a call without
		// one has nothing to ride on,
		// so it goes on to authentication and gets the 401 it deserves rather than a CSRF
		// 403.
		RequestMatcher unforgeableApiCall = request -> api.matches(request)
				&& (String.valueOf(request.getHeader("Authorization")).startsWith("Basic ")
						|| request.getRequestedSessionId() == null);
		// The same holds for the console's forms: a post that carries neither a session
		// nor credentials cannot be a
		// forged one, and it is sent to the login page like any anonymous request instead
		// of getting a CSRF 403.
		RequestMatcher anonymousConsolePost = request -> PATHS.matcher("/console/**").matches(request)
				&& request.getRequestedSessionId() == null && request.getHeader("Authorization") == null;
		http.authorizeHttpRequests(requests -> {
			requests.requestMatchers("/actuator/health", "/actuator/health/**")
				.permitAll()
				.requestMatchers("/notices", "/notices/**", "/cap/**", "/subscribers/confirm")
				.permitAll()
				// The open shelters (issue 18): public like the notices.
				.requestMatchers(HttpMethod.GET, "/shelters")
				.permitAll()
				// The e-mail's answer links (issue 18): a resident answers without
				// signing in; the signed token in the link, then in the page's form, is
				// the credential.
				.requestMatchers(HttpMethod.GET, "/answers/*")
				.permitAll()
				.requestMatchers(HttpMethod.POST, "/answers")
				.permitAll()
				.requestMatchers("/login", "/error", "/css/**", "/js/**", "/images/**", "/favicon.ico")
				.permitAll();
			if (sandboxEnabled) {
				requests.requestMatchers("/sandbox/**").permitAll();
			}
			requests.requestMatchers("/console/admin/**", "/api/admin/**")
				.hasRole(StaffRole.ADMIN.name())
				.requestMatchers("/console/emergency/**")
				.hasRole(StaffRole.EMERGENCY.name())
				// What JMA's telegrams did (issue 17): emergency staff's record, like the
				// emergency screen.
				.requestMatchers("/api/jma/telegrams", "/api/jma/telegrams/**")
				.hasRole(StaffRole.EMERGENCY.name())
				// Every resident's LINE menu, switched to the disaster menu and back
				// (issue 18): the emergency screen's.
				.requestMatchers("/api/rich-menu", "/api/rich-menu/**")
				.hasRole(StaffRole.EMERGENCY.name())
				// The console page of JMA's telegrams: their record, the city's rules and
				// the drafts they made.
				.requestMatchers("/console/jma", "/console/jma/**")
				.hasRole(StaffRole.EMERGENCY.name())
				.requestMatchers("/console/compose/**", "/console/approvals/**", "/console/schedules/**")
				.hasRole(StaffRole.PR.name())
				.requestMatchers("/console/notices/**")
				.hasAnyRole(StaffRole.PR.name(), StaffRole.EMERGENCY.name())
				.requestMatchers("/console/kb/**", "/api/kb/**")
				.hasRole(StaffRole.KB_EDITOR.name())
				// Residents' own words, names, photos and places: only the staff who
				// answer them (docs/architecture.md).
				.requestMatchers("/console/handoffs/**", "/console/reports/**")
				.hasRole(StaffRole.DESK.name())
				// Checked here as well as on the methods: method security runs only after
				// the request has been
				// read, so a wrong role would otherwise learn from a 400 what the
				// endpoint expects.
				// Who answered an alert and who needs help (issue 18): emergency staff's
				// follow-up.
				.requestMatchers("/api/notices/*/responses")
				.hasRole(StaffRole.EMERGENCY.name())
				.requestMatchers("/api/notices/**", "/api/segments/**")
				.hasAnyRole(StaffRole.PR.name(), StaffRole.EMERGENCY.name())
				// The city's rules for JMA's telegrams (issue 17): they send emergency
				// notices, so emergency staff's.
				.requestMatchers("/api/jma/rules", "/api/jma/rules/**")
				.hasRole(StaffRole.EMERGENCY.name())
				// The shelters' open/closed state (issue 18): emergency staff set it on
				// the emergency screen's board.
				.requestMatchers("/api/shelters", "/api/shelters/**")
				.hasRole(StaffRole.EMERGENCY.name())
				// The API's documentation is for every member of staff, not only the
				// roles that may call today's
				// endpoints: it holds no data, only what the open source code shows, and
				// it says which role each
				// operation needs (and /api/kb/** is kept for KB_EDITOR). Not for
				// anonymous callers: it is a map of
				// this city's staff endpoints.
				.requestMatchers(apiDocs, PATHS.matcher("/swagger-ui.html"), PATHS.matcher("/swagger-ui/**"))
				.authenticated()
				.anyRequest()
				.authenticated();
		})
			.authenticationManager(authenticationManager)
			.formLogin(form -> form.loginPage("/login")
				.defaultSuccessUrl("/console", false)
				.failureHandler(loginFailures())
				.permitAll())
			.logout(logout -> logout.logoutSuccessUrl("/login?logout"))
			.httpBasic(basic -> basic.authenticationEntryPoint(problems))
			.exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(problems, machines)
				.defaultAuthenticationEntryPointFor(new SessionAwareLoginEntryPoint(), AnyRequestMatcher.INSTANCE)
				.defaultAccessDeniedHandlerFor(problems, machines)
				.defaultAccessDeniedHandlerFor(new AccessDeniedHandlerImpl(), AnyRequestMatcher.INSTANCE))
			// An answer's form carries its own signed token, which a forged post cannot
			// know, and the answer uses no session: a CSRF token would add nothing but a
			// session for every resident who answers.
			.csrf(csrf -> csrf.ignoringRequestMatchers(PATHS.matcher("/sandbox/**"), unforgeableApiCall,
					anonymousConsolePost, PATHS.matcher(HttpMethod.POST, "/answers")))
			.headers(headers -> headers
				.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; img-src 'self' data: blob:; "
						+ "style-src 'self'; script-src 'self'; object-src 'none'; base-uri 'self'; "
						+ "form-action 'self'; frame-ancestors 'none'"))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
			// Before the filter that turns a refusal into a 403, so that refused attempts
			// are audited as well.
			.addFilterBefore(new StaffActionAuditFilter(staffActions), ExceptionTranslationFilter.class);
		return http.build();
	}

	/**
	 * A wrong password after which sign-ins are held says so, so that staff know a slow
	 * sign-in is expected.
	 */
	private static AuthenticationFailureHandler loginFailures() {
		ExceptionMappingAuthenticationFailureHandler failures = new ExceptionMappingAuthenticationFailureHandler();
		failures.setExceptionMappings(
				Map.of(ThrottledAuthenticationProvider.SignInSlowedException.class.getName(), "/login?error&slowed"));
		failures.setDefaultFailureUrl("/login?error");
		return failures;
	}

	/**
	 * Passwords are checked after the login throttle's delay, for the form and HTTP Basic
	 * alike. A refused attempt is published (every kind of refusal as a bad-credentials
	 * event), so that the audit log keeps it: the throttle's counts are in memory and
	 * gone after a restart.
	 */
	@Bean
	AuthenticationManager authenticationManager(JdbcUserDetailsManager accounts, PasswordEncoder encoder,
			LoginThrottle throttle, ApplicationEventPublisher events) {
		DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(accounts);
		passwords.setPasswordEncoder(encoder);
		ProviderManager manager = new ProviderManager(new ThrottledAuthenticationProvider(passwords, throttle));
		DefaultAuthenticationEventPublisher publisher = new DefaultAuthenticationEventPublisher(events);
		publisher.setDefaultAuthenticationFailureEvent(AuthenticationFailureBadCredentialsEvent.class);
		manager.setAuthenticationEventPublisher(publisher);
		return manager;
	}

	@Bean
	LoginThrottle loginThrottle(Clock clock) {
		return new LoginThrottle(clock);
	}

	/** ADMIN may do everything the other roles may. */
	@Bean
	static RoleHierarchy roleHierarchy() {
		return RoleHierarchyImpl.withDefaultRolePrefix()
			.role(StaffRole.ADMIN.name())
			.implies(StaffRole.PR.name(), StaffRole.EMERGENCY.name(), StaffRole.KB_EDITOR.name(), StaffRole.DESK.name())
			.build();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	JdbcUserDetailsManager staffAccounts(DataSource dataSource) {
		return new JdbcUserDetailsManager(dataSource);
	}

	@Bean
	ProblemDetailSecurityResponses problemDetailSecurityResponses() {
		return new ProblemDetailSecurityResponses();
	}

	@Bean
	@ConditionalOnBooleanProperty("tsutawaru.sandbox.enabled")
	DemoAccounts demoAccounts(JdbcUserDetailsManager accounts, PasswordEncoder encoder, Environment environment) {
		return new DemoAccounts(accounts, encoder, environment);
	}

	@Bean
	@Profile("prod")
	InitialAdminAccount initialAdminAccount(JdbcUserDetailsManager accounts, JdbcClient jdbc, PasswordEncoder encoder,
			Environment environment) {
		return new InitialAdminAccount(accounts, jdbc, encoder, environment);
	}

}
