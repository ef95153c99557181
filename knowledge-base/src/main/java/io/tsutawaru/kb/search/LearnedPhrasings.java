package io.tsutawaru.kb.search;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The phrasings staff accepted from residents' questions
 * (io.tsutawaru.kb.CandidatePhrasings), searched like each entry's own question: in the
 * question fields, in the entry's question words for the answer confidence, and embedded
 * for the semantic stage. They are not part of the entry: an export or an import leaves
 * them alone.
 */
@FunctionalInterface
public interface LearnedPhrasings {

	/** No phrasings: the command line and tests without a database. */
	LearnedPhrasings NONE = ids -> Map.of();

	/**
	 * @param faqIds entries about to be indexed
	 * @return the accepted phrasings of those that have any
	 */
	Map<String, List<String>> of(Collection<String> faqIds);

}
