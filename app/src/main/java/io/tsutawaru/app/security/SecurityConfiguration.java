package io.tsutawaru.app.security;

import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.JdbcUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may reach what. Residents reach only the LINE webhook and the public website pages; staff sign in to the
 * console with a form, and scripts call {@code /api} with HTTP Basic. Roles are checked here for whole areas of
 * the console and in the modules for individual actions (method security).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	private static final PathPatternRequestMatcher.Builder PATHS = PathPatternRequestMatcher.withDefaults();

	@Bean
	SecurityFilterChain staffSecurity(HttpSecurity http, ProblemDetailSecurityResponses problems,
			@Value("${tsutawaru.sandbox.enabled:false}") boolean sandboxEnabled) {
		RequestMatcher api = PATHS.matcher("/api/**");
		RequestMatcher machines = new OrRequestMatcher(api, PATHS.matcher("/actuator/**"));
		// Scripts authenticate every call with Basic and hold no session a forged request could ride on.
		RequestMatcher basicApiCall = request -> api.matches(request)
				&& String.valueOf(request.getHeader("Authorization")).startsWith("Basic ");
		http.authorizeHttpRequests(requests -> {
			requests.requestMatchers(HttpMethod.POST, "/line/webhook").permitAll()
				.requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
				.requestMatchers("/notices", "/notices/**", "/cap/**", "/subscribers/confirm").permitAll()
				.requestMatchers("/login", "/error", "/css/**", "/js/**", "/images/**", "/favicon.ico").permitAll();
			if (sandboxEnabled) {
				requests.requestMatchers("/sandbox/**").permitAll();
			}
			requests.requestMatchers("/console/admin/**", "/api/admin/**").hasRole(StaffRole.ADMIN.name())
				.requestMatchers("/console/emergency/**").hasRole(StaffRole.EMERGENCY.name())
				.requestMatchers("/console/kb/**", "/api/kb/**").hasRole(StaffRole.KB_EDITOR.name())
				.anyRequest()
				.authenticated();
		})
			.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/console", false).permitAll())
			.logout(logout -> logout.logoutSuccessUrl("/login?logout"))
			.httpBasic(basic -> basic.authenticationEntryPoint(problems))
			.exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(problems, machines)
				.defaultAccessDeniedHandlerFor(problems, machines)
				.defaultAccessDeniedHandlerFor(new AccessDeniedHandlerImpl(), AnyRequestMatcher.INSTANCE))
			.csrf(csrf -> csrf.ignoringRequestMatchers(PATHS.matcher(HttpMethod.POST, "/line/webhook"),
					PATHS.matcher("/sandbox/**"), basicApiCall))
			.headers(headers -> headers
				.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; img-src 'self' data: blob:; "
						+ "style-src 'self'; script-src 'self'; object-src 'none'; base-uri 'self'; "
						+ "form-action 'self'; frame-ancestors 'none'"))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
		return http.build();
	}

	/** ADMIN may do everything the other roles may. */
	@Bean
	static RoleHierarchy roleHierarchy() {
		return RoleHierarchyImpl.withDefaultRolePrefix()
			.role(StaffRole.ADMIN.name())
			.implies(StaffRole.PR.name(), StaffRole.EMERGENCY.name(), StaffRole.KB_EDITOR.name())
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
	InitialAdminAccount initialAdminAccount(JdbcUserDetailsManager accounts, JdbcClient jdbc,
			PasswordEncoder encoder, Environment environment) {
		return new InitialAdminAccount(accounts, jdbc, encoder, environment);
	}

}
