package io.tsutawaru.jma;

/**
 * A rule that cannot be kept: an unknown telegram kind, a minimum the kind does not have,
 * no area, a bad channel or segment rule. The REST API answers it with a 400 problem
 * naming the field.
 */
public class InvalidJmaRuleException extends RuntimeException {

	private final String field;

	private final String code;

	/**
	 * @param field the field at fault as the REST API names it, e.g. {@code [0].minimum}
	 * @param code what is wrong, as a message key's last part (unknown-kind,
	 * unknown-minimum, no-areas, …)
	 * @param detail the explanation for the problem's detail
	 */
	public InvalidJmaRuleException(String field, String code, String detail) {
		super(field + ": " + detail);
		this.field = field;
		this.code = code;
	}

	/** The field at fault, e.g. {@code [0].areaCodes}. */
	public String field() {
		return field;
	}

	/**
	 * What is wrong, as the last part of the message key {@code jma.rule.invalid.<code>}.
	 */
	public String code() {
		return code;
	}

}
