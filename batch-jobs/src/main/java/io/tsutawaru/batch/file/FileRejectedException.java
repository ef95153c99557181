package io.tsutawaru.batch.file;

/**
 * A whole file cannot be imported (unreadable, wrong columns, unknown encoding); nothing
 * of it was written.
 */
public class FileRejectedException extends RuntimeException {

	private final long line;

	public FileRejectedException(long line, String reason) {
		super(line > 0 ? "line " + line + ": " + reason : reason);
		this.line = line;
	}

	/** The line that showed the problem, or 0 when it concerns the file as a whole. */
	public long line() {
		return line;
	}

}
