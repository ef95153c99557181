package io.tsutawaru.app.production;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a missing production setting into Spring Boot's short start-up report instead of
 * a stack trace.
 */
class MissingProductionSettingFailureAnalyzer extends AbstractFailureAnalyzer<MissingProductionSettingException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, MissingProductionSettingException cause) {
		return new FailureAnalysis(cause.getMessage(), "Set " + cause.setting().variable()
				+ " in the environment of the service (see the configuration table in README.md), or start without the 'prod' profile to use the embedded defaults.",
				cause);
	}

}
