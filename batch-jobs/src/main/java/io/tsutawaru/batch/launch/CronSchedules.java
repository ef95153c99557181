package io.tsutawaru.batch.launch;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;

import io.tsutawaru.batch.BatchJobs;
import io.tsutawaru.batch.BatchProperties;
import io.tsutawaru.batch.JobDescription;
import io.tsutawaru.batch.JobLaunchRefusedException;
import io.tsutawaru.batch.JobRun;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.SimpleAsyncTaskScheduler;
import org.springframework.scheduling.support.CronTrigger;
import org.springframework.stereotype.Component;

/**
 * Runs each job on its cron schedule ({@code tsutawaru.batch.schedules.<job>}, else the
 * job's default). A daily job is launched with {@code date=<today>}, which is its
 * identity: when several processes share the database, the first to create the day's job
 * instance runs it and the others are refused, so it runs once a day. Off in a process
 * started with {@code --job} and when {@code tsutawaru.batch.scheduling=false}.
 *
 * <p>
 * Schedules and days are the city's ({@code tsutawaru.time-zone}): "0 30 0 * * *" is half
 * past midnight in the city, and its run reports on the city's yesterday, whatever time
 * zone the server is set to.
 */
@Component("batch.cronSchedules")
class CronSchedules implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(CronSchedules.class);

	/** The value of a schedule that switches a job's schedule off. */
	static final String OFF = "-";

	private final BatchJobs jobs;

	private final boolean enabled;

	private final Clock clock;

	private final List<ScheduledFuture<?>> scheduled = new ArrayList<>();

	private SimpleAsyncTaskScheduler scheduler;

	CronSchedules(BatchJobs jobs, BatchProperties properties, ApplicationArguments arguments, Clock clock) {
		this.jobs = jobs;
		this.clock = clock;
		this.enabled = properties.scheduling() && !arguments.containsOption(CommandLineJobRunner.JOB_OPTION);
	}

	/** The cron of a job: the configured one, else its default; {@code null} when off. */
	static String cronOf(JobDescription job, BatchProperties properties) {
		String cron = properties.schedules().getOrDefault(job.name(), job.schedule());
		return cron == null || cron.isBlank() || OFF.equals(cron.strip()) ? null : cron.strip();
	}

	@Override
	public synchronized void start() {
		if (!enabled) {
			return;
		}
		scheduler = new SimpleAsyncTaskScheduler();
		scheduler.setClock(clock);
		scheduler.setVirtualThreads(true);
		scheduler.setThreadNamePrefix("batch-cron-");
		for (JobDescription job : jobs.jobs()) {
			if (job.schedule() != null) {
				scheduled.add(scheduler.schedule(() -> runOnSchedule(job), trigger(job.schedule(), clock)));
				log.info("Job {} runs on the schedule '{}'", job.name(), job.schedule());
			}
		}
	}

	/**
	 * A cron schedule read in the city's time zone (a trigger without a zone would take
	 * the JVM's).
	 */
	static CronTrigger trigger(String cron, Clock clock) {
		return new CronTrigger(cron, clock.getZone());
	}

	private void runOnSchedule(JobDescription job) {
		Map<String, String> parameters = identity(job, clock);
		try {
			JobRun run = jobs.runToEnd(job.name(), parameters);
			log.info("Scheduled job {} ended {}: {}", job.name(), run.status(), run.summary());
		}
		catch (JobLaunchRefusedException ex) {
			log.debug("Scheduled job {} not started: {}", job.name(), ex.getMessage());
		}
		catch (RuntimeException ex) {
			log.error("Scheduled job {} could not start", job.name(), ex);
		}
	}

	/** The run's identity: the city's today for a daily job. */
	static Map<String, String> identity(JobDescription job, Clock clock) {
		boolean daily = job.parameters().stream().anyMatch(parameter -> parameter.name().equals("date"));
		return daily ? Map.of("date", LocalDate.now(clock).toString()) : Map.of();
	}

	@Override
	public synchronized void stop() {
		scheduled.forEach(future -> future.cancel(false));
		scheduled.clear();
		if (scheduler != null) {
			scheduler.close();
			scheduler = null;
		}
	}

	@Override
	public synchronized boolean isRunning() {
		return scheduler != null;
	}

}
