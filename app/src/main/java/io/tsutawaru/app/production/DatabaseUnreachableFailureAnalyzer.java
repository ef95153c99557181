package io.tsutawaru.app.production;

import java.sql.SQLException;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.env.Environment;

/**
 * Turns "the database cannot be reached" into one clear start-up report naming the
 * database and what to check, instead of a hundred lines of stack trace. The service
 * stops: nothing runs half-started without its database.
 */
class DatabaseUnreachableFailureAnalyzer implements FailureAnalyzer {

	/**
	 * SQL state class 08: connection exception (refused, unknown host, lost). 28: invalid
	 * authorization.
	 */
	private static final String CONNECTION_FAILURE = "08";

	private static final String AUTHORIZATION_FAILURE = "28";

	private final Environment environment;

	DatabaseUnreachableFailureAnalyzer(Environment environment) {
		this.environment = environment;
	}

	@Override
	public FailureAnalysis analyze(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLException sql && sql.getSQLState() != null) {
				String state = sql.getSQLState();
				if (state.startsWith(CONNECTION_FAILURE) || state.startsWith(AUTHORIZATION_FAILURE)) {
					return analysis(sql, state.startsWith(AUTHORIZATION_FAILURE));
				}
			}
		}
		return null;
	}

	private FailureAnalysis analysis(SQLException cause, boolean refusedCredentials) {
		String database = withoutCredentials(environment.getProperty("spring.datasource.url", "(no URL)"));
		String description = (refusedCredentials ? "The database refused the credentials for "
				: "Cannot reach the database at ") + database + ": " + firstLine(cause.getMessage());
		String action = refusedCredentials ? "Check DATABASE_USER and DATABASE_PASSWORD."
				: "Start the database server, or correct DATABASE_URL (see the configuration table in README.md). "
						+ "Without DATABASE_URL the service uses its embedded H2 database.";
		return new FailureAnalysis(description, action, cause);
	}

	/** JDBC URLs may carry a password as a parameter; it must not reach the log. */
	static String withoutCredentials(String url) {
		return url.replaceAll("(?i)(password|user)=[^&;]*", "$1=****");
	}

	private static String firstLine(String message) {
		if (message == null) {
			return "no reason given";
		}
		int newline = message.indexOf('\n');
		return newline < 0 ? message : message.substring(0, newline);
	}

}
