package io.tsutawaru.batch;

/** There is no job with the given name. */
public class UnknownJobException extends RuntimeException {

	public UnknownJobException(String jobName) {
		super("There is no job named '" + jobName + "'");
	}

}
