package io.tsutawaru.notifier;

import java.util.List;

/**
 * The values residents may choose for each attribute, configured under
 * {@code tsutawaru.notifier.*}.
 */
public interface AttributeCatalog {

	/** Districts of the city, e.g. 北部, 中央. */
	List<String> areas();

	/** Age bands, e.g. 10代以下 … 70代以上. */
	List<String> ageBands();

	/** Topics, e.g. 防災, 子育て. */
	List<String> interests();

	/** Languages notices are written in: ja, en, easy-ja. */
	List<String> languages();

	/**
	 * An area's name as residents of a language read it (North district, ほくぶ); the name
	 * itself when there is no translation, and in Japanese.
	 */
	default String areaName(String area, String language) {
		return area;
	}

}
