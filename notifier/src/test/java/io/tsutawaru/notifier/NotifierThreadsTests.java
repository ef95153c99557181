package io.tsutawaru.notifier;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The notifier's threads come from Spring's executors and schedulers (issue 19, item 6):
 * named, bounded and running with the application, so they stop with it and Boot's
 * executor meters see them by name. Before, the planners and the SMTP sessions were
 * unbounded cached pools and the clock, the sweeper and the heartbeats threads of our
 * own.
 */
@SpringBootTest
class NotifierThreadsTests extends LocalServers {

	@Autowired
	ApplicationContext context;

	@Test
	void theNotifiersExecutorsAreNamedBoundedAndRunning() {
		Map<String, ThreadPoolTaskExecutor> executors = context.getBeansOfType(ThreadPoolTaskExecutor.class);
		assertThat(executors).containsKeys("deliveryPlannerThreads", "emergencyPlannerThreads", "smtpSessionThreads");
		executors.forEach((name, executor) -> {
			assertThat(executor.getMaxPoolSize()).as(name).isBetween(1, 256);
			assertThat(executor.getThreadNamePrefix()).as(name).isNotBlank();
			assertThat(executor.isRunning()).as(name).isTrue();
		});
		assertThat(executors.get("emergencyPlannerThreads").getMaxPoolSize()).isEqualTo(4);
		assertThat(executors.get("deliveryPlannerThreads").getMaxPoolSize()).isOne();

		Map<String, ThreadPoolTaskScheduler> schedulers = context.getBeansOfType(ThreadPoolTaskScheduler.class);
		assertThat(schedulers).containsKeys("deliveryScheduler", "noticeClockScheduler", "escalationScheduler");
		schedulers.forEach((name, scheduler) -> {
			assertThat(scheduler.getPoolSize()).as(name).isBetween(1, 2);
			assertThat(scheduler.isRunning()).as(name).isTrue();
		});
	}

	/**
	 * The clock and the sweeper run as scheduled tasks on those schedulers, not on
	 * threads of their own.
	 */
	@Test
	void noHandMadeThreadRunsTheClockOrTheSweeper() {
		assertThat(Thread.getAllStackTraces().keySet()).extracting(Thread::getName)
			.noneMatch(name -> name.equals("notice-clock") || name.equals("delivery-sweeper")
					|| name.equals("delivery-heartbeat") || name.equals("emergency-planner"));
	}

}
