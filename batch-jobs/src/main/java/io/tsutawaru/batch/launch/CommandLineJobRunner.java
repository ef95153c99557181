package io.tsutawaru.batch.launch;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.tsutawaru.batch.BatchJobs;
import io.tsutawaru.batch.InvalidJobParametersException;
import io.tsutawaru.batch.JobLaunchRefusedException;
import io.tsutawaru.batch.JobRun;
import io.tsutawaru.batch.UnknownJobException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar tsutawaru.jar --job=<name> key=value …}: runs one job to its end and
 * sets the process's exit status: 0 completed, 1 failed, 2 wrong job name or parameters,
 * 3 refused (already done or running). The application's main method exits with it
 * ({@code SpringApplication.exit}).
 */
@Component("batch.commandLineJobRunner")
class CommandLineJobRunner implements ApplicationRunner, ExitCodeGenerator {

	static final String JOB_OPTION = "job";

	private static final Logger log = LoggerFactory.getLogger(CommandLineJobRunner.class);

	private final BatchJobs jobs;

	private int exitCode;

	CommandLineJobRunner(BatchJobs jobs) {
		this.jobs = jobs;
	}

	@Override
	public void run(ApplicationArguments arguments) {
		List<String> names = arguments.getOptionValues(JOB_OPTION);
		if (names == null) {
			return;
		}
		if (names.size() != 1) {
			fail(2, "Give exactly one --job=<name>; jobs: " + jobNames());
			return;
		}
		try {
			JobRun run = jobs.runToEnd(names.get(0), parameters(arguments.getNonOptionArgs()));
			exitCode = run.status() == JobRun.RunStatus.COMPLETED ? 0 : 1;
			String line = "Job " + run.jobName() + " (run " + run.id() + ") " + run.status() + ": " + run.summary()
					+ (run.counts().isEmpty() ? "" : " " + run.counts());
			if (exitCode == 0) {
				log.info(line);
			}
			else {
				log.error(line);
			}
		}
		catch (UnknownJobException | InvalidJobParametersException ex) {
			fail(2, ex.getMessage() + (ex instanceof UnknownJobException ? "; jobs: " + jobNames() : ""));
		}
		catch (JobLaunchRefusedException ex) {
			fail(3, ex.getMessage());
		}
	}

	private static Map<String, String> parameters(List<String> arguments) {
		Map<String, String> parameters = new LinkedHashMap<>();
		for (String argument : arguments) {
			int equals = argument.indexOf('=');
			if (equals < 1) {
				throw new InvalidJobParametersException("Parameters are written key=value, not '" + argument + "'");
			}
			parameters.put(argument.substring(0, equals).strip(), argument.substring(equals + 1));
		}
		return parameters;
	}

	private String jobNames() {
		return String.join(", ", jobs.jobs().stream().map(j -> j.name()).toList());
	}

	private void fail(int code, String message) {
		exitCode = code;
		log.error(message);
	}

	@Override
	public int getExitCode() {
		return exitCode;
	}

}
