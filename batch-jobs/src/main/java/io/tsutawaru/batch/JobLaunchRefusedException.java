package io.tsutawaru.batch;

/**
 * A job was not started because a run with the same identity already completed (the same
 * file was already imported, the same day already reported) or is running right now.
 */
public class JobLaunchRefusedException extends RuntimeException {

	public JobLaunchRefusedException(String message) {
		super(message);
	}

}
