package io.tsutawaru.jma;

import java.util.List;

/** The telegrams JMA's feeds brought and what was done with each. */
public interface JmaTelegramLog {

	/** The latest telegrams, newest first; {@code limit} is taken between 1 and 1,000. */
	List<JmaTelegram> received(int limit);

	/**
	 * The latest telegrams that drafted a notice, newest first, however many others came
	 * after them; {@code limit} is taken between 1 and 1,000.
	 */
	List<JmaTelegram> drafted(int limit);

}
