package io.tsutawaru.notifier;

import java.util.concurrent.ThreadPoolExecutor;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * The notifier's threads, as Spring's task executors and schedulers with names: each is
 * bounded, stopped with the application (its lifecycle), and seen by Boot's executor
 * meters ({@code executor.*{name=…}}) without code of ours. The threads are daemons, as
 * the hand-made ones were, so a task that hangs never keeps the JVM from exiting.
 *
 * <p>
 * Two kinds of thread stay loops of our own ({@code DeliveryWorkers},
 * {@code GroupCommit}; docs/architecture.md says why): the delivery workers and the
 * e-mail ledger's writer.
 */
@Configuration(proxyBeanMethods = false)
class NotifierThreads {

	/**
	 * Routine plans one after the other: a plan is written in chunks that already run
	 * side by side with the sends.
	 */
	@Bean(name = "deliveryPlannerThreads")
	ThreadPoolTaskExecutor deliveryPlannerThreads() {
		return executor("delivery-planner-", 1, 10_000);
	}

	/**
	 * Emergencies are planned each on a thread of its own, never behind a routine plan
	 * nor behind another emergency; four at once is more than a city issues (an alert,
	 * its update and cancellation are planned in turn anyway), and a fifth waits for the
	 * first to finish rather than starting an unbounded number of threads.
	 */
	@Bean(name = "emergencyPlannerThreads")
	ThreadPoolTaskExecutor emergencyPlannerThreads() {
		return executor("emergency-planner-", 4, 1_000);
	}

	/**
	 * The SMTP sessions of e-mail batches: each batch's slices after the first, at most
	 * {@code connections - 1} per batch and one batch per worker at a time.
	 */
	@Bean(name = "smtpSessionThreads")
	ThreadPoolTaskExecutor smtpSessionThreads(NotifierProperties properties) {
		NotifierProperties.FanOut fanOut = properties.fanOut();
		int batches = Math.max(1, fanOut.workers() + fanOut.emergencyWorkers());
		ThreadPoolTaskExecutor sessions = executor("smtp-session-",
				Math.max(1, (properties.mail().connections() - 1) * batches), 0);
		// More slices than threads (more workers mailing than configured) are sent on the
		// worker's own thread.
		sessions.setRejectedExecutionHandler(new ThreadPoolExecutor.CallerRunsPolicy());
		return sessions;
	}

	/**
	 * The delivery's timed work: the heartbeats of batches being sent (a lease renewed,
	 * the queue told) and the ledger's sweep every five seconds. Two threads, so a long
	 * sweep never delays a heartbeat past the lease.
	 */
	@Bean(name = "deliveryScheduler")
	ThreadPoolTaskScheduler deliveryScheduler() {
		return scheduler("delivery-scheduler-", 2);
	}

	/** Publishes notices whose send time came, every second. */
	@Bean(name = "noticeClockScheduler")
	ThreadPoolTaskScheduler noticeClockScheduler() {
		return scheduler("notice-clock-", 1);
	}

	/**
	 * Escalates notices whose residents did not answer in time, every ten seconds: a
	 * thread of its own, so planning a hundred thousand residents again never delays the
	 * delivery's heartbeats or the publication of a scheduled notice.
	 */
	@Bean(name = "escalationScheduler")
	ThreadPoolTaskScheduler escalationScheduler() {
		return scheduler("escalation-", 1);
	}

	private static ThreadPoolTaskExecutor executor(String prefix, int threads, int queue) {
		ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
		executor.setThreadNamePrefix(prefix);
		executor.setCorePoolSize(threads);
		executor.setMaxPoolSize(threads);
		executor.setQueueCapacity(queue);
		executor.setAllowCoreThreadTimeOut(true);
		executor.setDaemon(true);
		return executor;
	}

	private static ThreadPoolTaskScheduler scheduler(String prefix, int threads) {
		ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
		scheduler.setThreadNamePrefix(prefix);
		scheduler.setPoolSize(threads);
		scheduler.setDaemon(true);
		scheduler.setRemoveOnCancelPolicy(true);
		return scheduler;
	}

}
