package io.tsutawaru.batch.broadcast;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;

import io.tsutawaru.batch.BatchProperties;
import io.tsutawaru.batch.InvalidJobParametersException;
import io.tsutawaru.batch.JobDescription;
import io.tsutawaru.batch.file.RunContext;
import io.tsutawaru.notifier.Notices;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * scheduledBroadcastJob (every minute): hands the due occurrences of recurring broadcasts to the notifier. Its
 * identity is the minute ({@code minute=2026-04-01T18:00}), so when several batch processes share the database one
 * run per minute happens; the occurrences table makes each occurrence go out once even across minutes and restarts.
 * One-off notices need no job: the notifier sends them at their send time itself.
 */
@Configuration(proxyBeanMethods = false)
class ScheduledBroadcastJobConfiguration {

	static final String JOB = "scheduledBroadcastJob";

	static final String STEP = "handOverDueOccurrences";

	@Bean
	JobDescription scheduledBroadcastJobDescription() {
		return new JobDescription(JOB, "Send the occurrences of recurring broadcasts that are due",
				List.of(new JobDescription.Parameter("minute", JobDescription.Kind.TEXT, false,
						"The minute the run is for, e.g. 2026-04-01T18:00 (city time); the schedule passes the current minute")),
				"0 * * * * *");
	}

	@Bean
	Job scheduledBroadcastJob(JobRepository repository, PlatformTransactionManager transactions, BatchProperties properties,
			DueOccurrences dueOccurrences, NoticeHandOver noticeHandOver) {
		var handOver = new StepBuilder(STEP, repository).<Due, Due>chunk(properties.chunkSize())
			.transactionManager(transactions)
			.reader(dueOccurrences)
			.writer(noticeHandOver)
			.build();
		var summary = new StepBuilder("summariseBroadcasts", repository).tasklet((contribution, chunk) -> {
			var run = chunk.getStepContext().getStepExecution().getJobExecution();
			StepExecution last = repository.getLastStepExecution(run.getJobInstance(), STEP);
			RunContext.copyCounts(last.getExecutionContext(), run.getExecutionContext());
			run.getExecutionContext().putString(RunContext.SUMMARY, RunContext.count(run.getExecutionContext(), "handedOver")
					+ " occurrence(s) of recurring broadcasts handed to the notifier");
			return RepeatStatus.FINISHED;
		}, transactions).build();
		return new JobBuilder(JOB, repository).start(handOver).next(summary).build();
	}

	@Bean
	@StepScope
	DueOccurrences dueOccurrences(ScheduleTable table, @Value("#{jobParameters['minute']}") String minute,
			@Value("#{jobParameters['launched.at']}") String launchedAt, Clock clock) {
		return new DueOccurrences(table, runMoment(minute, launchedAt, clock.getZone()), clock.getZone());
	}

	@Bean
	@StepScope
	NoticeHandOver noticeHandOver(ScheduleTable table, Notices notices) {
		return new NoticeHandOver(table, notices);
	}

	/**
	 * The run's "now": the end of its minute, a minute of the city's clock (as staff set a schedule's time of day), or
	 * the launch time of a run started by hand without one.
	 */
	private static Instant runMoment(String minute, String launchedAt, ZoneId zone) {
		if (minute == null) {
			return Instant.parse(launchedAt);
		}
		try {
			return LocalDateTime.parse(minute).atZone(zone).toInstant().plusSeconds(59);
		}
		catch (DateTimeParseException ex) {
			throw new InvalidJobParametersException("'minute' must look like 2026-04-01T18:00, not '" + minute + "'");
		}
	}

}
