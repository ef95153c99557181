package io.tsutawaru.kb.cli;

import io.tsutawaru.kb.FaqEntry;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.ja.JapaneseAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.QueryBuilder;

/**
 * The reference point: plain Lucene, {@link JapaneseAnalyzer} and BM25 with default
 * parameters over one field holding the question and the answer, as the published
 * LocalgovFAQ baseline does.
 */
final class BaselineRanking implements AutoCloseable {

	private static final String TEXT = "text";

	private static final String ID = "id";

	private final JapaneseAnalyzer analyzer = new JapaneseAnalyzer();

	private final DirectoryReader reader;

	private final IndexSearcher searcher;

	BaselineRanking(List<FaqEntry> entries) throws IOException {
		var directory = new ByteBuffersDirectory();
		try (var writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
			for (FaqEntry entry : entries) {
				var doc = new Document();
				doc.add(new StoredField(ID, entry.id()));
				doc.add(new TextField(TEXT, entry.question() + "\n" + entry.answer(), Field.Store.NO));
				writer.addDocument(doc);
			}
		}
		reader = DirectoryReader.open(directory);
		searcher = new IndexSearcher(reader);
	}

	List<String> rank(String question, int count) throws IOException {
		Query query = new QueryBuilder(analyzer).createBooleanQuery(TEXT, question, BooleanClause.Occur.SHOULD);
		var ids = new ArrayList<String>();
		if (query == null) {
			return ids;
		}
		for (ScoreDoc hit : searcher.search(query, count).scoreDocs) {
			ids.add(searcher.storedFields().document(hit.doc).get(ID));
		}
		return ids;
	}

	@Override
	public void close() throws IOException {
		reader.close();
	}

}
