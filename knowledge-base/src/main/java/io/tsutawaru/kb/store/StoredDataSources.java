package io.tsutawaru.kb.store;

import io.tsutawaru.kb.DataSources;
import java.util.List;

/**
 * The attribution of the shipped sample, owed while any of its entries remains (CC BY
 * 4.0); once the city has replaced them all, nothing is shown.
 */
public final class StoredDataSources implements DataSources {

	private final FaqStore store;

	private final String source;

	private final String attribution;

	/**
	 * @param store the entries
	 * @param source the source marker of the third-party entries
	 * @param attribution the notice to show while they remain
	 */
	public StoredDataSources(FaqStore store, String source, String attribution) {
		this.store = store;
		this.source = source;
		this.attribution = attribution;
	}

	@Override
	public List<String> attributions() {
		return store.hasEntriesFrom(source) ? List.of(attribution) : List.of();
	}

}
