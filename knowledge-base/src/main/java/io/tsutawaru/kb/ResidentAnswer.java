package io.tsutawaru.kb;

/**
 * What a resident may be shown of an entry's answer ({@link TemplateText#forResidents}).
 */
public sealed interface ResidentAnswer {

	/**
	 * The answer, with the city's name filled in and the template's other blanks and
	 * instructions left out.
	 *
	 * @param text what to send
	 */
	record Written(String text) implements ResidentAnswer {
	}

	/**
	 * The answer is still only the template's instruction to the city: the city has not
	 * written it yet.
	 */
	record NotWrittenYet() implements ResidentAnswer {
	}

}
