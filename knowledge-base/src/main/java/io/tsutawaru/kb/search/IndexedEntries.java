package io.tsutawaru.kb.search;

import io.tsutawaru.kb.FaqEntry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;

/**
 * The indexed entries, parsed, kept in memory. Reading a stored entry means decompressing
 * a block of stored fields and parsing JSON, a sixth of a search's time; instead, every
 * indexed document carries a generation number (a doc value, cheap to read), and the
 * entry it was made from is kept here under that number until the entry is replaced or
 * removed. A search on an older view of the index may meet a document whose generation is
 * gone; that one is read from the stored fields as before, so no search ever shows what
 * its view does not hold. Ten thousand entries take a few tens of megabytes.
 */
final class IndexedEntries {

	/** Generations start at 1; a document without one is read from its stored fields. */
	private static final long NONE = 0;

	private final FaqDocuments documents;

	private final Map<Long, Indexed> byGeneration = new ConcurrentHashMap<>();

	private final Map<String, Long> generationById = new ConcurrentHashMap<>();

	private final AtomicLong lastGeneration = new AtomicLong();

	/**
	 * Every entry's vectors, for the semantic stage's scan; laid out again on the first
	 * scan after a change.
	 */
	private volatile SemanticScan.Table snapshot;

	IndexedEntries(FaqDocuments documents) {
		this.documents = documents;
	}

	/** The generation of the next document written. */
	long nextGeneration() {
		return lastGeneration.incrementAndGet();
	}

	/**
	 * Records the entry a document was just written from, in place of the entry's earlier
	 * document.
	 */
	void written(Indexed indexed, long generation) {
		byGeneration.put(generation, indexed);
		Long replaced = generationById.put(indexed.entry().id(), generation);
		if (replaced != null) {
			byGeneration.remove(replaced);
		}
		snapshot = null;
	}

	/** Forgets an entry whose document was deleted. */
	void removed(String id) {
		Long replaced = generationById.remove(id);
		if (replaced != null) {
			byGeneration.remove(replaced);
		}
		snapshot = null;
	}

	/** Forgets every entry: the index was emptied. */
	void clear() {
		generationById.clear();
		byGeneration.clear();
		snapshot = null;
	}

	/**
	 * Every entry kept now with its vectors, for a scan. It may run a moment ahead of a
	 * searcher's view (an entry written but not yet refreshed, or just removed); the
	 * semantic stage only adds candidates, and an entry is written to the index before it
	 * is kept here.
	 * @return the entries with vectors and their vectors, in no particular order
	 */
	SemanticScan.Table vectors() {
		SemanticScan.Table current = snapshot;
		if (current == null) {
			current = SemanticScan.Table.of(byGeneration.values().toArray(Indexed[]::new));
			snapshot = current;
		}
		return current;
	}

	/**
	 * Reads the entries of an index written before this process started, once, when it is
	 * opened.
	 * @param reader the index
	 * @param loaded told each live stored document
	 */
	void load(IndexReader reader, java.util.function.Consumer<Document> loaded) throws IOException {
		for (LeafReaderContext leaf : reader.leaves()) {
			LeafReader segment = leaf.reader();
			var live = segment.getLiveDocs();
			var stored = segment.storedFields();
			for (int doc = 0; doc < segment.maxDoc(); doc++) {
				long generation = generation(segment, doc);
				// Documents of an older index format have no generation; they are read
				// from stored fields until
				// the index is rebuilt, which the changed format brings about.
				if ((live == null || live.get(doc)) && generation != NONE) {
					lastGeneration.accumulateAndGet(generation, Math::max);
					Document document = stored.document(doc);
					written(indexed(document), generation);
					loaded.accept(document);
				}
			}
		}
	}

	/**
	 * @param id an entry's id
	 * @return the entry as last written, or {@code null} when it is not indexed
	 */
	Indexed current(String id) {
		Long generation = generationById.get(id);
		return generation == null ? null : byGeneration.get(generation);
	}

	/**
	 * The entry behind a hit of a searcher.
	 * @param searcher the searcher that found it
	 * @param doc the hit's document number in that searcher
	 * @return the entry and its question's words
	 */
	Indexed get(IndexSearcher searcher, int doc) {
		var leaves = searcher.getIndexReader().leaves();
		LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
		int segmentDoc = doc - leaf.docBase;
		try {
			long generation = generation(leaf.reader(), segmentDoc);
			Indexed kept = generation == NONE ? null : byGeneration.get(generation);
			return kept != null ? kept : indexed(leaf.reader().storedFields().document(segmentDoc));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static long generation(LeafReader segment, int doc) throws IOException {
		var generations = segment.getNumericDocValues(FaqFields.GENERATION);
		return generations != null && generations.advanceExact(doc) ? generations.longValue() : NONE;
	}

	private Indexed indexed(Document stored) {
		var questionTerms = FaqDocuments.questionTerms(stored);
		return new Indexed(documents.toEntry(stored), questionTerms, FaqDocuments.phrasings(questionTerms, stored),
				FaqDocuments.breadth(stored),
				FaqDocuments.keyedVectors(stored).stream().map(FaqDocuments.KeyedVector::vector).toList());
	}

	/**
	 * One indexed entry.
	 *
	 * @param entry the entry as indexed
	 * @param questionTerms the words of its question, alternatives and learned phrasings,
	 * as the question field analyses them
	 * @param phrasings the words of each of those questions ({@link QuestionCoverage})
	 * @param breadth the number of distinct words of its own question and alternatives
	 * (QuestionBreadth)
	 * @param vectors its texts' unit vectors ({@link EmbeddedTexts}), the entry's own
	 * first; empty when the index has no model
	 */
	record Indexed(FaqEntry entry, Set<String> questionTerms, List<Set<String>> phrasings, int breadth,
			List<float[]> vectors) {
	}

}
