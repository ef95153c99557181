package io.tsutawaru.batch.file;

import java.util.Map;
import java.util.function.Function;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * The last step of an import: takes the import step's figures (summed over every run that
 * worked on the file, since a restarted step carries its figures on) and writes the
 * report.
 */
public class FinishImport implements Tasklet {

	private final JobRepository repository;

	private final ImportReports reports;

	private final String importStep;

	private final Function<Map<String, Long>, String> describe;

	/**
	 * @param importStep the name of the chunk step whose figures to report
	 * @param describe what the figures mean in words, e.g. "12 new subscribers, 3 merged"
	 */
	public FinishImport(JobRepository repository, ImportReports reports, String importStep,
			Function<Map<String, Long>, String> describe) {
		this.repository = repository;
		this.reports = reports;
		this.importStep = importStep;
		this.describe = describe;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		JobExecution run = chunkContext.getStepContext().getStepExecution().getJobExecution();
		StepExecution imported = repository.getLastStepExecution(run.getJobInstance(), importStep);
		if (imported != null) {
			RunContext.copyCounts(imported.getExecutionContext(), run.getExecutionContext());
		}
		reports.completed(run, describe.apply(RunContext.counts(run.getExecutionContext())));
		return RepeatStatus.FINISHED;
	}

}
