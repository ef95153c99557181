package io.tsutawaru.batch.shelter;

import java.nio.file.Path;

import io.tsutawaru.batch.file.CheckCsvFile;
import io.tsutawaru.batch.file.FileRejectedException;
import io.tsutawaru.batch.file.ImportReports;
import io.tsutawaru.shelters.ShelterList;
import io.tsutawaru.shelters.ShelterListRejectedException;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * The first step: opens the list as the module reads it, so a file that is not one of the
 * national lists is refused before a single row is written. Ends with CSV imports' exit
 * status {@link CheckCsvFile#REJECTED} then.
 */
class CheckShelterList implements Tasklet {

	private final ImportReports reports;

	CheckShelterList(ImportReports reports) {
		this.reports = reports;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		JobExecution run = chunkContext.getStepContext().getStepExecution().getJobExecution();
		try (ShelterList list = ShelterList.open(Path.of(run.getJobParameters().getString("file")))) {
			run.getExecutionContext().putString(CheckCsvFile.ENCODING, list.charset().name());
			run.getExecutionContext().putString("shelters.list", list.kind().name());
		}
		catch (ShelterListRejectedException ex) {
			FileRejectedException problem = new FileRejectedException(1, ex.getMessage());
			reports.rejected(run, problem);
			contribution.setExitStatus(new ExitStatus(CheckCsvFile.REJECTED, problem.getMessage()));
		}
		return RepeatStatus.FINISHED;
	}

}
