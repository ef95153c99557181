package io.tsutawaru.app.security;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.UserDetailsManager;

/**
 * A new production installation has no staff account yet; the first one, {@code admin},
 * takes its password from {@code TSUTAWARU_ADMIN_PASSWORD}. Once any account exists the
 * variable is ignored.
 */
class InitialAdminAccount implements ApplicationRunner {

	static final String VARIABLE = "TSUTAWARU_ADMIN_PASSWORD";

	private final UserDetailsManager accounts;

	private final JdbcClient jdbc;

	private final PasswordEncoder encoder;

	private final Environment environment;

	InitialAdminAccount(UserDetailsManager accounts, JdbcClient jdbc, PasswordEncoder encoder,
			Environment environment) {
		this.accounts = accounts;
		this.jdbc = jdbc;
		this.encoder = encoder;
		this.environment = environment;
	}

	@Override
	public void run(ApplicationArguments args) {
		long existing = jdbc.sql("SELECT COUNT(*) FROM users").query(Long.class).single();
		if (existing > 0) {
			return;
		}
		String password = environment.getProperty(VARIABLE);
		if (password == null || password.length() < 12) {
			throw new IllegalStateException("Cannot start in production: no staff account exists yet and " + VARIABLE
					+ " is not set to a password of at least 12 characters for the first 'admin' account");
		}
		accounts.createUser(User.withUsername("admin")
			.password(encoder.encode(password))
			.authorities(StaffRole.ADMIN.authority())
			.build());
	}

}
