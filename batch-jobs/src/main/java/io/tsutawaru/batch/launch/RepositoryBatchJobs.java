package io.tsutawaru.batch.launch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.tsutawaru.batch.BatchJobs;
import io.tsutawaru.batch.BatchProperties;
import io.tsutawaru.batch.JobDescription;
import io.tsutawaru.batch.JobRun;
import io.tsutawaru.batch.ReportFile;
import io.tsutawaru.batch.UnknownJobException;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.stereotype.Service;

/**
 * {@link BatchJobs} over Spring Batch's job repository, which lives in the service's
 * database.
 */
@Service("batch.repositoryBatchJobs")
class RepositoryBatchJobs implements BatchJobs {

	private final Map<String, Job> jobs;

	private final Map<String, JobDescription> descriptions;

	private final JobRepository repository;

	private final JobStarter starter;

	private final Path uploads;

	RepositoryBatchJobs(List<Job> jobs, List<JobDescription> descriptions, JobRepository repository,
			JobOperator operator, BatchProperties properties) {
		this.jobs = jobs.stream().collect(Collectors.toMap(Job::getName, Function.identity()));
		this.descriptions = descriptions.stream()
			.map(d -> d.withSchedule(CronSchedules.cronOf(d, properties)))
			.collect(Collectors.toMap(JobDescription::name, Function.identity()));
		this.repository = repository;
		this.starter = new JobStarter(operator, repository, this.jobs.values());
		this.uploads = properties.workDir().resolve("uploads").toAbsolutePath();
	}

	@Override
	public List<JobDescription> jobs() {
		return descriptions.values().stream().sorted(Comparator.comparing(JobDescription::name)).toList();
	}

	@Override
	public JobRun launch(String jobName, Map<String, String> parameters) {
		return JobRuns
			.of(starter.startInBackground(job(jobName), LaunchParameters.of(description(jobName), parameters)));
	}

	@Override
	public JobRun runToEnd(String jobName, Map<String, String> parameters) {
		return JobRuns.of(starter.startAndWait(job(jobName), LaunchParameters.of(description(jobName), parameters)));
	}

	@Override
	public Optional<JobRun> run(long runId) {
		return execution(runId).map(JobRuns::of);
	}

	@Override
	public List<JobRun> history(String jobName, int limit) {
		job(jobName);
		return repository.getJobInstances(jobName, 0, limit)
			.stream()
			.flatMap(instance -> repository.getJobExecutions(instance).stream())
			.sorted(Comparator.comparingLong(JobExecution::getId).reversed())
			.limit(limit)
			.map(JobRuns::of)
			.toList();
	}

	@Override
	public Optional<ReportFile> report(long runId) {
		return execution(runId).map(execution -> {
			Path file = JobRuns.reportOf(execution);
			return file == null ? null : new ReportFile(file.getFileName().toString(), file, "text/csv");
		});
	}

	@Override
	public Path storeUpload(String originalName, InputStream content) {
		String name = originalName == null ? "upload"
				: Path.of(originalName.replace('\\', '/')).getFileName().toString();
		Path target = uploads
			.resolve(UUID.randomUUID().toString().substring(0, 8) + "-" + name.replaceAll("[^\\p{L}\\p{N}._-]", "_"));
		try {
			Files.createDirectories(uploads);
			Files.copy(content, target, StandardCopyOption.REPLACE_EXISTING);
			return target;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private Optional<JobExecution> execution(long runId) {
		try {
			return Optional.ofNullable(repository.getJobExecution(runId));
		}
		catch (EmptyResultDataAccessException ex) {
			// Spring Batch's JDBC repository looks the run's job instance up first, and
			// fails when there is none.
			return Optional.empty();
		}
	}

	private Job job(String name) {
		Job job = jobs.get(name);
		if (job == null || !descriptions.containsKey(name)) {
			throw new UnknownJobException(name);
		}
		return job;
	}

	private JobDescription description(String name) {
		job(name);
		return descriptions.get(name);
	}

}
