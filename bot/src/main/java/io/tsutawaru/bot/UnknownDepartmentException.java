package io.tsutawaru.bot;

/**
 * A report was to be assigned to a department that is not one of
 * {@link BotProperties#reportDepartments()}.
 */
public class UnknownDepartmentException extends RuntimeException {

	/**
	 * @param department the department asked for
	 */
	public UnknownDepartmentException(String department) {
		super("No such department: " + department);
	}

}
