package io.tsutawaru.app.console;

/**
 * A job run that does not exist, or that wrote no report (or whose report the retention
 * job removed).
 */
class RunReportNotFoundException extends RuntimeException {

	RunReportNotFoundException(long runId) {
		super("Job run " + runId + " has no report");
	}

}
