package io.tsutawaru.jma;

import java.util.List;

import io.tsutawaru.notifier.StaffMember;

/**
 * The city's rules for JMA telegrams, replaced as a whole and audited with the member of
 * staff who did it.
 */
public interface JmaRules {

	/** Every rule, in the order staff gave them. */
	List<JmaRule> all();

	/**
	 * Checks every rule and, when all are valid, replaces the rules with them.
	 * @throws InvalidJmaRuleException naming the first field at fault, e.g.
	 * {@code [2].minimum}; nothing is changed
	 */
	void replaceAll(List<JmaRule> rules, StaffMember author);

}
