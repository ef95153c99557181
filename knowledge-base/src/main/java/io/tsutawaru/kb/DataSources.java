package io.tsutawaru.kb;

import java.util.List;

/**
 * The attributions owed for third-party data in the knowledge base, to show wherever its
 * answers are shown.
 */
public interface DataSources {

	/**
	 * The attribution notices for the data currently in the knowledge base, e.g.
	 * 「出典：子育てオープンデータ協議会 汎用FAQ (CC BY 4.0)」 while entries of the shipped sample remain.
	 * @return the notices; empty when every entry is the city's own
	 */
	List<String> attributions();

}
