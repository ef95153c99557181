package io.tsutawaru.notifier.delivery;

import java.time.Instant;

import org.springframework.context.ApplicationContext;

/**
 * For the benchmarks, which live in a package of their own: escalates the notices due at
 * a time, as the escalation's clock does every ten seconds.
 */
public final class EscalationRun {

	private EscalationRun() {
	}

	public static void due(ApplicationContext context, Instant now) {
		context.getBean(EscalationPlanner.class).escalateDue(now);
	}

}
