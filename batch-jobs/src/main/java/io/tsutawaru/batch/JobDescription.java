package io.tsutawaru.batch;

import java.util.List;

/**
 * One job as staff see it.
 *
 * @param name the job's name, as {@code --job=<name>} and {@link BatchJobs#launch} take
 * it
 * @param title what it does, in a few words
 * @param parameters the parameters it takes
 * @param schedule its cron expression (second minute hour day month weekday), or
 * {@code null} when it only runs on demand
 */
public record JobDescription(String name, String title, List<Parameter> parameters, String schedule) {

	public JobDescription {
		parameters = List.copyOf(parameters);
	}

	/** A copy with the schedule configured for this job. */
	public JobDescription withSchedule(String cron) {
		return new JobDescription(name, title, parameters, cron);
	}

	/**
	 * One parameter a job takes.
	 *
	 * @param name as written on the command line, {@code name=value}
	 * @param kind what the value is
	 * @param required whether the job refuses to start without it
	 * @param description what it means, for the console's form
	 */
	public record Parameter(String name, Kind kind, boolean required, String description) {
	}

	/** What a parameter's value is. */
	public enum Kind {

		/**
		 * A path to a readable file; the job's identity is the file's content, not its
		 * name.
		 */
		FILE,
		/** A calendar date, {@code 2026-04-01}. */
		DATE,
		/** Free text that identifies the run. */
		TEXT

	}

}
