package io.tsutawaru.kb.search;

import io.tsutawaru.kb.FaqEntry;
import io.tsutawaru.kb.analysis.FaqAnalysis;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The Lucene index of the published FAQ entries: rebuilt from the database when stale,
 * updated entry by entry, and searchable right after each change (the reader is refreshed
 * from the writer, near-real-time).
 */
public final class FaqIndex implements Closeable {

	static final String FINGERPRINT = "tsutawaru.fingerprint";

	/**
	 * Changes whenever the analysis or the fields change, so that an index written by an
	 * older version is rebuilt rather than searched with queries it was not made for.
	 */
	static final String FORMAT = "faq-index-7";

	private final Directory directory;

	private final IndexWriter writer;

	private final SearcherManager searchers;

	private final FaqDocuments documents;

	private final IndexedEntries indexedEntries;

	private final FaqAnalysis analysis;

	private final SemanticIndexing semantic;

	private volatile LearnedPhrasings learned = LearnedPhrasings.NONE;

	/** The entries written without their vectors, which VectorCompletion computes. */
	private final Set<String> vectorsPending = ConcurrentHashMap.newKeySet();

	private final VectorCompletion completion;

	private volatile String fingerprint;

	private FaqIndex(Directory directory, FaqAnalysis analysis, SemanticIndexing semantic) throws IOException {
		this.directory = directory;
		this.analysis = analysis;
		this.semantic = semantic;
		this.documents = new FaqDocuments(analysis);
		this.indexedEntries = new IndexedEntries(documents);
		this.completion = semantic == null ? null : new VectorCompletion(this, semantic);
		var config = new IndexWriterConfig(indexAnalyzer(analysis)).setSimilarity(new FaqSimilarity())
			// A rebuild of 10,000 entries fits in one buffer, so it is written as a
			// single segment.
			.setRAMBufferSizeMB(64)
			.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
		this.writer = new IndexWriter(directory, config);
		this.searchers = new SearcherManager(writer, new SearcherFactory() {
			@Override
			public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) {
				var searcher = new IndexSearcher(reader);
				// Scores must be computed as the index was built, or question and answer
				// fields weigh wrongly.
				searcher.setSimilarity(new FaqSimilarity());
				return searcher;
			}
		});
		this.fingerprint = DirectoryReader.indexExists(directory) ? lastCommitFingerprint(directory) : null;
		withSearcher(searcher -> {
			indexedEntries.load(searcher.getIndexReader(), document -> {
				if (semantic != null) {
					FaqDocuments.keyedVectors(document)
						.forEach(vector -> semantic.vectors().remember(vector.key(), vector.vector()));
				}
				if (FaqDocuments.vectorsPending(document)) {
					vectorsPending.add(document.get(FaqFields.ID));
				}
			});
			return null;
		});
	}

	private static String lastCommitFingerprint(Directory directory) throws IOException {
		try (var reader = DirectoryReader.open(directory)) {
			return reader.getIndexCommit().getUserData().get(FINGERPRINT);
		}
	}

	/**
	 * Opens (or creates) an index in a directory on disk.
	 * @param path the index directory; created when missing
	 * @param analysis the analyzers
	 * @return the open index
	 */
	public static FaqIndex open(Path path, FaqAnalysis analysis) {
		return open(path, analysis, null);
	}

	/**
	 * Opens (or creates) an index in a directory on disk, with a semantic stage.
	 * @param path the index directory; created when missing
	 * @param analysis the analyzers
	 * @param semantic the model whose vectors are stored with the entries, or
	 * {@code null} for words only
	 * @return the open index
	 */
	public static FaqIndex open(Path path, FaqAnalysis analysis, SemanticIndexing semantic) {
		try {
			return new FaqIndex(FSDirectory.open(path), analysis, semantic);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot open the FAQ index at " + path, e);
		}
	}

	/**
	 * Creates an empty index in memory, for the command line and tests.
	 * @param analysis the analyzers
	 * @return the open index
	 */
	public static FaqIndex inMemory(FaqAnalysis analysis) {
		return inMemory(analysis, null);
	}

	/**
	 * Creates an empty index in memory with a semantic stage, for the command line and
	 * tests.
	 * @param analysis the analyzers
	 * @param semantic the model whose vectors are stored with the entries, or
	 * {@code null} for words only
	 * @return the open index
	 */
	public static FaqIndex inMemory(FaqAnalysis analysis, SemanticIndexing semantic) {
		try {
			return new FaqIndex(new ByteBuffersDirectory(), analysis, semantic);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static Analyzer indexAnalyzer(FaqAnalysis analysis) {
		return new PerFieldAnalyzerWrapper(analysis.japaneseWords(),
				Map.of(FaqFields.TEXT, analysis.japaneseStems(), FaqFields.QUESTION_READING,
						analysis.japaneseReadings(), FaqFields.QUESTION_BIGRAMS, analysis.characterBigrams(),
						FaqFields.QUESTION_READING_BIGRAMS, analysis.characterBigrams(), FaqFields.EN_QUESTION,
						analysis.english(), FaqFields.EN_ANSWER, analysis.english()));
	}

	/**
	 * Replaces the whole index with these entries (the unpublished ones are left out) and
	 * records which state of the database it reflects.
	 * @param entries every entry
	 * @param fingerprint identifies that state, see {@link #fingerprint()}
	 */
	public synchronized void rebuild(Collection<FaqEntry> entries, String fingerprint) {
		try {
			var published = entries.stream().filter(FaqEntry::published).toList();
			var phrasings = learned.of(published.stream().map(FaqEntry::id).toList());
			// Embedded before anything is deleted: a search meanwhile still finds the
			// index as it was.
			var vectors = vectors(published, phrasings);
			writer.deleteAll();
			indexedEntries.clear();
			vectorsPending.clear();
			// Analysis (Kuromoji over every answer) is the cost of a rebuild; the writer
			// takes documents from
			// several threads at once, so every core is put to work.
			published.parallelStream()
				.forEach(entry -> add(entry, phrasings.getOrDefault(entry.id(), List.of()), vectors.get(entry.id())));
			commit(fingerprint);
			completeVectors();
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot rebuild the FAQ index", e);
		}
	}

	/**
	 * The vectors of the entries' texts, from the cache where it has them, embedded
	 * otherwise (the cost of an import with a model: see docs/benchmarks.md); with
	 * vectors computed in the background, only the entries whose every text is cached. An
	 * entry left out is written without vectors, pending.
	 */
	private Map<String, List<FaqDocuments.KeyedVector>> vectors(Collection<FaqEntry> entries,
			Map<String, List<String>> phrasings) {
		if (semantic == null) {
			return Map.of();
		}
		var texts = new java.util.ArrayList<String>();
		var counts = new java.util.ArrayList<Integer>();
		for (FaqEntry entry : entries) {
			var own = semantic.texts().of(entry, phrasings.getOrDefault(entry.id(), List.of()));
			texts.addAll(own);
			counts.add(own.size());
		}
		var vectors = semantic.backgroundThreads() > 0 ? semantic.vectors().cached(texts)
				: semantic.vectors().vectors(texts);
		var byEntry = new HashMap<String, List<FaqDocuments.KeyedVector>>();
		int next = 0;
		int position = 0;
		for (FaqEntry entry : entries) {
			var keyed = new java.util.ArrayList<FaqDocuments.KeyedVector>();
			for (int i = 0; i < counts.get(position); i++, next++) {
				if (vectors.get(next) != null) {
					keyed.add(new FaqDocuments.KeyedVector(
							io.tsutawaru.kb.semantic.DocumentVectors.key(texts.get(next)), vectors.get(next)));
				}
			}
			if (keyed.size() == counts.get(position)) {
				byEntry.put(entry.id(), keyed);
			}
			position++;
		}
		return byEntry;
	}

	private void add(FaqEntry entry, List<String> phrasings, List<FaqDocuments.KeyedVector> vectors) {
		try {
			long generation = indexedEntries.nextGeneration();
			boolean pending = semantic != null && vectors == null;
			var written = documents.toDocument(entry, phrasings, generation,
					pending || vectors == null ? List.of() : vectors, pending);
			writer.addDocument(written.document());
			indexedEntries.written(written.indexed(), generation);
			if (pending) {
				vectorsPending.add(entry.id());
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot index FAQ entry " + entry.id(), e);
		}
	}

	/**
	 * Where the accepted phrasings of entries come from; every later write indexes an
	 * entry with its phrasings.
	 * @param source the phrasings staff accepted
	 */
	public void learnFrom(LearnedPhrasings source) {
		learned = source;
	}

	/**
	 * The state of the database the index reflects, as given to the last change; empty
	 * for a new index or one written by another version of the analysis, which must be
	 * rebuilt.
	 * @return the fingerprint of the state of the database the index was built from
	 */
	public Optional<String> fingerprint() {
		String stored = fingerprint;
		String format = format();
		return stored != null && stored.startsWith(format) ? Optional.of(stored.substring(format.length()))
				: Optional.empty();
	}

	/**
	 * The index format and the model its vectors come from: a change of either means a
	 * rebuild.
	 */
	private String format() {
		return FORMAT + "/" + (semantic == null ? "words" : semantic.vectors().model().id()) + "/";
	}

	/**
	 * Adds or replaces entries; unpublished ones are removed. Searchable when this method
	 * returns. The entries are analysed on every core and the change is made visible and
	 * committed once, so a bulk import pays for one refresh and one commit however many
	 * entries it brings.
	 * @param entries the entries; when an id occurs twice, the later entry wins
	 * @param fingerprint the state of the database after this change
	 */
	public synchronized void upsertAll(Collection<FaqEntry> entries, String fingerprint) {
		var latest = new LinkedHashMap<String, FaqEntry>();
		entries.forEach(entry -> latest.put(entry.id(), entry));
		try {
			var published = latest.values().stream().filter(FaqEntry::published).toList();
			var phrasings = learned.of(published.stream().map(FaqEntry::id).toList());
			var vectors = vectors(published, phrasings);
			latest.values()
				.parallelStream()
				.forEach(
						entry -> upsert(entry, phrasings.getOrDefault(entry.id(), List.of()), vectors.get(entry.id())));
			commit(fingerprint);
			completeVectors();
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot index FAQ entries", e);
		}
	}

	private void upsert(FaqEntry entry, List<String> phrasings, List<FaqDocuments.KeyedVector> vectors) {
		try {
			if (entry.published()) {
				long generation = indexedEntries.nextGeneration();
				boolean pending = semantic != null && vectors == null;
				var written = documents.toDocument(entry, phrasings, generation,
						pending || vectors == null ? List.of() : vectors, pending);
				writer.updateDocument(new Term(FaqFields.ID, entry.id()), written.document());
				indexedEntries.written(written.indexed(), generation);
				if (pending) {
					vectorsPending.add(entry.id());
				}
				else {
					vectorsPending.remove(entry.id());
				}
			}
			else {
				writer.deleteDocuments(new Term(FaqFields.ID, entry.id()));
				indexedEntries.removed(entry.id());
				vectorsPending.remove(entry.id());
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot index FAQ entry " + entry.id(), e);
		}
	}

	/**
	 * Removes one entry. Unsearchable when this method returns.
	 * @param id the entry's id
	 * @param fingerprint the state of the database after this change
	 */
	public synchronized void delete(String id, String fingerprint) {
		try {
			writer.deleteDocuments(new Term(FaqFields.ID, id));
			indexedEntries.removed(id);
			vectorsPending.remove(id);
			commit(fingerprint);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot remove FAQ entry " + id, e);
		}
	}

	private void commit(String databaseFingerprint) throws IOException {
		commitStamped(format() + databaseFingerprint);
	}

	private void commitStamped(String stamped) throws IOException {
		// The refresh makes the change visible at once; the commit lets a restart trust
		// the index on disk.
		searchers.maybeRefreshBlocking();
		writer.setLiveCommitData(Map.of(FINGERPRINT, stamped).entrySet());
		writer.commit();
		fingerprint = stamped;
	}

	/**
	 * Starts computing the vectors of the entries written without them (an import with
	 * vectors in the background, or an index opened with some still pending), unless that
	 * already runs. Called after every change; the service calls it once more after its
	 * start, when the accepted phrasings are known.
	 */
	public void completeVectors() {
		if (completion != null && !vectorsPending.isEmpty()) {
			completion.start();
		}
	}

	/**
	 * @return how many indexed entries still wait for their vectors (ranked by words
	 * until then)
	 */
	public int pendingVectors() {
		return vectorsPending.size();
	}

	/** Up to {@code count} of the entries waiting for vectors. */
	List<String> pendingEntries(int count) {
		return vectorsPending.stream().limit(count).toList();
	}

	/** The texts to embed for these entries as they are indexed now. */
	List<String> textsToEmbed(List<String> ids) {
		var phrasings = learned.of(ids);
		var texts = new java.util.ArrayList<String>();
		for (String id : ids) {
			var indexed = indexedEntries.current(id);
			if (indexed != null) {
				texts.addAll(semantic.texts().of(indexed.entry(), phrasings.getOrDefault(id, List.of())));
			}
		}
		return texts;
	}

	/**
	 * Writes again, with their vectors, the entries that still wait for them; an entry
	 * changed meanwhile is taken as it is now, and stays pending if a text of it has no
	 * vector yet.
	 * @return how many entries got their vectors
	 */
	synchronized int attachVectors(List<String> ids) {
		var waiting = ids.stream().filter(id -> {
			if (indexedEntries.current(id) == null) {
				vectorsPending.remove(id);
			}
			return vectorsPending.contains(id);
		}).toList();
		var entries = waiting.stream().map(id -> indexedEntries.current(id).entry()).toList();
		var phrasings = learned.of(waiting);
		var vectors = vectors(entries, phrasings);
		try {
			entries.parallelStream()
				.filter(entry -> vectors.containsKey(entry.id()))
				.forEach(
						entry -> upsert(entry, phrasings.getOrDefault(entry.id(), List.of()), vectors.get(entry.id())));
			// The state of the database is unchanged: only vectors were added.
			String stamped = fingerprint;
			commitStamped(stamped == null ? format() : stamped);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot store the vectors of FAQ entries", e);
		}
		return (int) entries.stream().filter(entry -> vectors.containsKey(entry.id())).count();
	}

	/**
	 * The number of entries a search can find.
	 * @return how many published entries are indexed
	 */
	public int size() {
		return withSearcher(searcher -> searcher.getIndexReader().numDocs());
	}

	<T> T withSearcher(SearcherFunction<T> function) {
		try {
			IndexSearcher searcher = searchers.acquire();
			try {
				return function.apply(searcher);
			}
			finally {
				searchers.release(searcher);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	FaqAnalysis analysis() {
		return analysis;
	}

	IndexedEntries entries() {
		return indexedEntries;
	}

	/**
	 * The memory the kept vectors take (4 bytes a dimension), for the benchmark.
	 * @return bytes of vectors held for search
	 */
	public long vectorBytes() {
		return (long) indexedEntries.vectors().vectors().length * Float.BYTES;
	}

	/**
	 * @return the semantic stage's model and texts, or {@code null} when this index ranks
	 * by words only
	 */
	SemanticIndexing semantic() {
		return semantic;
	}

	@Override
	public void close() throws IOException {
		if (completion != null) {
			completion.stop();
		}
		searchers.close();
		writer.close();
		directory.close();
	}

	/** A read against one point-in-time view of the index. */
	interface SearcherFunction<T> {

		T apply(IndexSearcher searcher) throws IOException;

	}

}
