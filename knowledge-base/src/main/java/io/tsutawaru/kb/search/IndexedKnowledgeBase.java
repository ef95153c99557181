package io.tsutawaru.kb.search;

import io.tsutawaru.kb.FaqEntry;
import io.tsutawaru.kb.KnowledgeBase;
import io.tsutawaru.kb.SearchResult;
import io.tsutawaru.kb.store.FaqStore;
import java.util.Optional;

/**
 * The knowledge base the bot asks: searches go to the index, look-ups by id to the
 * database.
 */
public final class IndexedKnowledgeBase implements KnowledgeBase {

	private final FaqSearch search;

	private final FaqStore store;

	/**
	 * @param search the index search with its answer decision
	 * @param store the entries in the database
	 */
	public IndexedKnowledgeBase(FaqSearch search, FaqStore store) {
		this.search = search;
		this.store = store;
	}

	@Override
	public SearchResult search(String question, String language) {
		return search.search(question, language);
	}

	@Override
	public Optional<FaqEntry> find(String id) {
		return id == null ? Optional.empty() : store.find(id);
	}

}
