package io.tsutawaru.batch.retention;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.tsutawaru.batch.BatchProperties;
import io.tsutawaru.batch.JobDescription;
import io.tsutawaru.batch.file.RejectedRows;
import io.tsutawaru.batch.file.ReportFiles;
import io.tsutawaru.batch.file.RunContext;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.builder.SimpleJobBuilder;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * retentionJob (daily): one restartable chunk step per {@link RetentionRule}, then the
 * old job history, then a summary. Every cutoff is counted back from the moment the run
 * first started, kept in the run's context, so a run continued the next morning deletes
 * exactly what it would have.
 */
@Configuration(proxyBeanMethods = false)
class RetentionJobConfiguration {

	static final String JOB = "retentionJob";

	@Bean
	JobDescription retentionJobDescription() {
		return new JobDescription(JOB, "Delete personal data the retention policy no longer allows (docs/retention.md)",
				List.of(new JobDescription.Parameter("date", JobDescription.Kind.DATE, false,
						"The day the run is for; the schedule gives today, so the job runs once a day")),
				"0 0 3 * * *");
	}

	@Bean
	Job retentionJob(JobRepository repository, PlatformTransactionManager transactions, BatchProperties properties,
			List<RetentionRule> rules, RejectedRows rejectedRows, ReportFiles reports) {
		SimpleJobBuilder job = null;
		for (RetentionRule rule : rules) {
			PurgeExpired purge = new PurgeExpired(rule, properties);
			Step step = new StepBuilder(rule.name(), repository).<Long, Long>chunk(properties.chunkSize())
				.transactionManager(transactions)
				.reader(purge)
				.writer(purge) // also its stream and step listener, as reader and writer
				.build();
			job = job == null ? new JobBuilder(JOB, repository).start(step) : job.next(step);
		}
		Step history = new StepBuilder("forgetJobHistory", repository)
			.tasklet(new OldJobHistory(repository, rejectedRows, reports, properties), transactions)
			.build();
		Step summary = new StepBuilder("summariseRetention", repository)
			.tasklet((contribution, chunk) -> summarise(repository,
					chunk.getStepContext().getStepExecution().getJobExecution(), rules), transactions)
			.allowStartIfComplete(true)
			.build();
		return (job == null ? new JobBuilder(JOB, repository).start(history) : job.next(history)).next(summary)
			.listener(new FixedNow(repository))
			.build();
	}

	private static RepeatStatus summarise(JobRepository repository, JobExecution run, List<RetentionRule> rules) {
		Map<String, Long> counts = new TreeMap<>();
		for (String step : stepNames(rules)) {
			StepExecution last = repository.getLastStepExecution(run.getJobInstance(), step);
			if (last != null) {
				RunContext.copyCounts(last.getExecutionContext(), run.getExecutionContext());
			}
		}
		counts.putAll(RunContext.counts(run.getExecutionContext()));
		run.getExecutionContext().putString(RunContext.SUMMARY, "Retention applied: " + counts);
		return RepeatStatus.FINISHED;
	}

	private static List<String> stepNames(List<RetentionRule> rules) {
		var names = new java.util.ArrayList<>(rules.stream().map(RetentionRule::name).toList());
		names.add("forgetJobHistory");
		return names;
	}

	/**
	 * Fixes the run's "now" on its first start and refuses to overlap another retention
	 * run.
	 */
	private record FixedNow(JobRepository repository) implements JobExecutionListener {

		@Override
		public void beforeJob(JobExecution run) {
			if (repository.findRunningJobExecutions(JOB).stream().anyMatch(other -> other.getId() != run.getId())) {
				throw new IllegalStateException(
						"Another retention run is in progress; this one waits for the next schedule");
			}
			if (!run.getExecutionContext().containsKey(PurgeExpired.NOW)) {
				run.getExecutionContext().putString(PurgeExpired.NOW, Instant.now().toString());
			}
		}

	}

}
