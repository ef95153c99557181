package io.tsutawaru.app.security;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.UserDetailsManager;

/**
 * The sandbox's demo accounts, one per role. Passwords come from {@code DEMO_*_PASSWORD};
 * an unset one is a random password chosen at the account's first start and printed then,
 * once, on the console (not the log), so that a demo never runs with a well-known
 * password. Only its hash is stored, in the database of the data directory, so it stays
 * valid at every later start.
 */
class DemoAccounts implements ApplicationRunner {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final UserDetailsManager accounts;

	private final PasswordEncoder encoder;

	private final Environment environment;

	DemoAccounts(UserDetailsManager accounts, PasswordEncoder encoder, Environment environment) {
		this.accounts = accounts;
		this.encoder = encoder;
		this.environment = environment;
	}

	@Override
	public void run(ApplicationArguments args) {
		List<String> generated = new ArrayList<>();
		for (DemoAccount account : DemoAccount.values()) {
			String password = environment.getProperty(account.variable);
			if ((password == null || password.isBlank()) && accounts.userExists(account.username)) {
				// Chosen at an earlier start and printed then: kept (its hash is in the
				// database), not printed again.
				continue;
			}
			if (password == null || password.isBlank()) {
				password = HexFormat.of().formatHex(RANDOM.generateSeed(8));
				generated.add(String.format("  %-10s %-10s %s", account.username, account.role, password));
			}
			UserDetails user = User.withUsername(account.username)
				.password(encoder.encode(password))
				.authorities(account.role.authority())
				.build();
			if (accounts.userExists(account.username)) {
				accounts.updateUser(user);
			}
			else {
				accounts.createUser(user);
			}
		}
		if (!generated.isEmpty()) {
			System.out.println("\nDemo staff accounts, printed this once: they stay valid at every start on this data "
					+ "directory (set DEMO_*_PASSWORD to choose your own):\n" + String.join("\n", generated) + "\n");
		}
	}

	private enum DemoAccount {

		PR("pr", StaffRole.PR, "DEMO_PR_PASSWORD"),
		EMERGENCY("emergency", StaffRole.EMERGENCY, "DEMO_EMERGENCY_PASSWORD"),
		EDITOR("editor", StaffRole.KB_EDITOR, "DEMO_EDITOR_PASSWORD"),
		DESK("desk", StaffRole.DESK, "DEMO_DESK_PASSWORD"), ADMIN("admin", StaffRole.ADMIN, "DEMO_ADMIN_PASSWORD");

		private final String username;

		private final StaffRole role;

		private final String variable;

		DemoAccount(String username, StaffRole role, String variable) {
			this.username = username;
			this.role = role;
			this.variable = variable;
		}

	}

}
