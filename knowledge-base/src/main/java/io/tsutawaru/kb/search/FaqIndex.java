package io.tsutawaru.kb.search;

import io.tsutawaru.kb.FaqEntry;
import io.tsutawaru.kb.analysis.FaqAnalysis;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
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
 * The Lucene index of the published FAQ entries: rebuilt from the database when stale, updated entry by entry,
 * and searchable right after each change (the reader is refreshed from the writer, near-real-time).
 */
public final class FaqIndex implements Closeable {

    static final String FINGERPRINT = "tsutawaru.fingerprint";
    /**
     * Changes whenever the analysis or the fields change, so that an index written by an older version is
     * rebuilt rather than searched with queries it was not made for.
     */
    static final String FORMAT = "faq-index-5";

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final FaqDocuments documents;
    private final IndexedEntries indexedEntries;
    private final FaqAnalysis analysis;
    private volatile String fingerprint;

    private FaqIndex(Directory directory, FaqAnalysis analysis) throws IOException {
        this.directory = directory;
        this.analysis = analysis;
        this.documents = new FaqDocuments(analysis);
        this.indexedEntries = new IndexedEntries(documents);
        var config = new IndexWriterConfig(indexAnalyzer(analysis))
                .setSimilarity(new FaqSimilarity())
                // A rebuild of 10,000 entries fits in one buffer, so it is written as a single segment.
                .setRAMBufferSizeMB(64)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        this.writer = new IndexWriter(directory, config);
        this.searchers = new SearcherManager(writer, new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) {
                var searcher = new IndexSearcher(reader);
                // Scores must be computed as the index was built, or question and answer fields weigh wrongly.
                searcher.setSimilarity(new FaqSimilarity());
                return searcher;
            }
        });
        this.fingerprint = DirectoryReader.indexExists(directory) ? lastCommitFingerprint(directory) : null;
        withSearcher(searcher -> {
            indexedEntries.load(searcher.getIndexReader());
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
     *
     * @param path     the index directory; created when missing
     * @param analysis the analyzers
     * @return the open index
     */
    public static FaqIndex open(Path path, FaqAnalysis analysis) {
        try {
            return new FaqIndex(FSDirectory.open(path), analysis);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the FAQ index at " + path, e);
        }
    }

    /**
     * Creates an empty index in memory, for the command line and tests.
     *
     * @param analysis the analyzers
     * @return the open index
     */
    public static FaqIndex inMemory(FaqAnalysis analysis) {
        try {
            return new FaqIndex(new ByteBuffersDirectory(), analysis);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Analyzer indexAnalyzer(FaqAnalysis analysis) {
        return new PerFieldAnalyzerWrapper(analysis.japaneseWords(), Map.of(
                FaqFields.TEXT, analysis.japaneseStems(),
                FaqFields.QUESTION_READING, analysis.japaneseReadings(),
                FaqFields.QUESTION_BIGRAMS, analysis.characterBigrams(),
                FaqFields.EN_QUESTION, analysis.english(),
                FaqFields.EN_ANSWER, analysis.english()));
    }

    /**
     * Replaces the whole index with these entries (the unpublished ones are left out) and records which state of
     * the database it reflects.
     *
     * @param entries     every entry
     * @param fingerprint identifies that state, see {@link #fingerprint()}
     */
    public synchronized void rebuild(Collection<FaqEntry> entries, String fingerprint) {
        try {
            writer.deleteAll();
            indexedEntries.clear();
            // Analysis (Kuromoji over every answer) is the cost of a rebuild; the writer takes documents from
            // several threads at once, so every core is put to work.
            entries.parallelStream().filter(FaqEntry::published).forEach(this::add);
            commit(fingerprint);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot rebuild the FAQ index", e);
        }
    }

    private void add(FaqEntry entry) {
        try {
            long generation = indexedEntries.nextGeneration();
            var written = documents.toDocument(entry, generation);
            writer.addDocument(written.document());
            indexedEntries.written(entry, written.questionTerms(), generation);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot index FAQ entry " + entry.id(), e);
        }
    }

    /**
     * The state of the database the index reflects, as given to the last change; empty for a new index or one
     * written by another version of the analysis, which must be rebuilt.
     *
     * @return the fingerprint of the state of the database the index was built from
     */
    public Optional<String> fingerprint() {
        String stored = fingerprint;
        return stored != null && stored.startsWith(FORMAT + "/")
                ? Optional.of(stored.substring(FORMAT.length() + 1)) : Optional.empty();
    }

    /**
     * Adds or replaces entries; unpublished ones are removed. Searchable when this method returns. The entries are
     * analysed on every core and the change is made visible and committed once, so a bulk import pays for one
     * refresh and one commit however many entries it brings.
     *
     * @param entries     the entries; when an id occurs twice, the later entry wins
     * @param fingerprint the state of the database after this change
     */
    public synchronized void upsertAll(Collection<FaqEntry> entries, String fingerprint) {
        var latest = new LinkedHashMap<String, FaqEntry>();
        entries.forEach(entry -> latest.put(entry.id(), entry));
        try {
            latest.values().parallelStream().forEach(this::upsert);
            commit(fingerprint);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot index FAQ entries", e);
        }
    }

    private void upsert(FaqEntry entry) {
        try {
            if (entry.published()) {
                long generation = indexedEntries.nextGeneration();
                var written = documents.toDocument(entry, generation);
                writer.updateDocument(new Term(FaqFields.ID, entry.id()), written.document());
                indexedEntries.written(entry, written.questionTerms(), generation);
            } else {
                writer.deleteDocuments(new Term(FaqFields.ID, entry.id()));
                indexedEntries.removed(entry.id());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot index FAQ entry " + entry.id(), e);
        }
    }

    /**
     * Removes one entry. Unsearchable when this method returns.
     *
     * @param id          the entry's id
     * @param fingerprint the state of the database after this change
     */
    public synchronized void delete(String id, String fingerprint) {
        try {
            writer.deleteDocuments(new Term(FaqFields.ID, id));
            indexedEntries.removed(id);
            commit(fingerprint);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot remove FAQ entry " + id, e);
        }
    }

    private void commit(String databaseFingerprint) throws IOException {
        // The refresh makes the change visible at once; the commit lets a restart trust the index on disk.
        searchers.maybeRefreshBlocking();
        String stamped = FORMAT + "/" + databaseFingerprint;
        writer.setLiveCommitData(Map.of(FINGERPRINT, stamped).entrySet());
        writer.commit();
        fingerprint = stamped;
    }

    /**
     * The number of entries a search can find.
     *
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
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    FaqAnalysis analysis() {
        return analysis;
    }

    IndexedEntries entries() {
        return indexedEntries;
    }

    @Override
    public void close() throws IOException {
        searchers.close();
        writer.close();
        directory.close();
    }

    /** A read against one point-in-time view of the index. */
    interface SearcherFunction<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }
}
