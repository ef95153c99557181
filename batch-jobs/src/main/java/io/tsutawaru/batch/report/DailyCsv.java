package io.tsutawaru.batch.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.Locale;

import io.tsutawaru.batch.DailyReports;
import io.tsutawaru.batch.file.ReportFiles;
import io.tsutawaru.batch.file.RunContext;
import io.tsutawaru.text.CsvCell;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

/**
 * Writes a day's figures as one CSV file (UTF-8 with a byte-order mark, for Excel): a
 * section per kind of figure, and sums up the run's counts for the console. Text cells
 * hold residents' questions, so a cell a spreadsheet would read as a formula is written
 * as text ({@link CsvCell}).
 */
@Component("batch.dailyCsv")
class DailyCsv implements Tasklet {

	private final DailyReports reports;

	private final ReportFiles files;

	private final JobRepository repository;

	DailyCsv(DailyReports reports, ReportFiles files, JobRepository repository) {
		this.reports = reports;
		this.files = files;
		this.repository = repository;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		JobExecution run = chunkContext.getStepContext().getStepExecution().getJobExecution();
		LocalDate day = DayWindow.reportedDay(LocalDate.parse(run.getJobParameters().getString("date")));
		for (String step : new String[] { DeliveryReportJobConfiguration.DELIVERIES_STEP, "countFeedback",
				"countUnanswered" }) {
			StepExecution last = repository.getLastStepExecution(run.getJobInstance(), step);
			if (last != null) {
				RunContext.copyCounts(last.getExecutionContext(), run.getExecutionContext());
			}
		}
		try (BufferedWriter out = Files.newBufferedWriter(files.create(run, "figures-" + day),
				StandardCharsets.UTF_8)) {
			out.write("\uFEFFsection,day,notice,title,channel,planned,sent,failed,reach_percent\r\n");
			for (var f : reports.deliveries(day, day)) {
				out.write(String.join(",", "delivery", day.toString(), String.valueOf(f.noticeId()), quoted(f.title()),
						f.channel(), String.valueOf(f.planned()), String.valueOf(f.sent()), String.valueOf(f.failed()),
						String.format(Locale.ROOT, "%.1f", f.reachPercent())) + "\r\n");
			}
			out.write("\r\nsection,day,category,solved,unsolved\r\n");
			for (var f : reports.feedback(day, day)) {
				out.write(String.join(",", "feedback", day.toString(), quoted(f.category()), String.valueOf(f.solved()),
						String.valueOf(f.unsolved())) + "\r\n");
			}
			out.write("\r\nsection,day,question,language,asked\r\n");
			for (var f : reports.unanswered(day)) {
				out.write(String.join(",", "unanswered", day.toString(), quoted(f.question()), f.language(),
						String.valueOf(f.asked())) + "\r\n");
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		run.getExecutionContext()
			.putString(RunContext.SUMMARY, "Figures for " + day + ": " + RunContext.counts(run.getExecutionContext())
					+ "; download the CSV for the details.");
		return RepeatStatus.FINISHED;
	}

	private static String quoted(String text) {
		return "\"" + CsvCell.neutralised(text).replace("\"", "\"\"") + "\"";
	}

}
