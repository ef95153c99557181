package io.tsutawaru.kb.search;

import io.tsutawaru.kb.FaqEntry;
import io.tsutawaru.kb.analysis.AnalysedTokens;
import io.tsutawaru.kb.analysis.FaqAnalysis;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;
import tools.jackson.databind.json.JsonMapper;

/** Turns an FAQ entry into its Lucene document and back. */
final class FaqDocuments {

	/**
	 * Text fields without positions: the ranking never asks for phrases or proximity
	 * (Kuromoji's compounds are discarded, synonyms are expanded as whole words), and
	 * leaving positions out saves a good part of the indexing work.
	 */
	private static final FieldType WORDS = wordsType();

	private final JsonMapper json = JsonMapper.builder().build();

	private final FaqAnalysis analysis;

	FaqDocuments(FaqAnalysis analysis) {
		this.analysis = analysis;
	}

	/**
	 * @param entry the entry
	 * @param learned phrasings accepted from residents, searched like its question but
	 * not part of it
	 * @param generation the document's number, see {@link IndexedEntries}
	 * @param vectors its texts' vectors and their keys ({@link EmbeddedTexts}); empty
	 * without a model or while they are pending
	 * @param vectorsPending whether its vectors are still to be computed
	 * @return the document and what {@link IndexedEntries} keeps of it
	 */
	Written toDocument(FaqEntry entry, List<String> learned, long generation, List<KeyedVector> vectors,
			boolean vectorsPending) {
		var doc = new Document();
		doc.add(new KeywordField(FaqFields.ID, entry.id(), Field.Store.YES));
		doc.add(new NumericDocValuesField(FaqFields.GENERATION, generation));
		doc.add(new KeywordField(FaqFields.LANGUAGE, SearchLanguage.of(entry.language()).code(), Field.Store.NO));
		// The whole entry is stored so a search needs no database round trip to show its
		// candidates.
		doc.add(new StoredField(FaqFields.ENTRY, new BytesRef(json.writeValueAsBytes(entry))));
		var answer = AnswerText.of(entry.answer());
		var questionTerms = new LinkedHashSet<String>();
		var phrasings = new ArrayList<Set<String>>();
		int own = 1 + entry.alternatives().size();
		int breadth = 0;
		var questions = questions(entry, learned);
		if (SearchLanguage.of(entry.language()) == SearchLanguage.ENGLISH) {
			for (int i = 0; i < questions.size(); i++) {
				var words = AnalysedTokens.of(analysis.english(), FaqFields.EN_QUESTION, questions.get(i));
				doc.add(new Field(FaqFields.EN_QUESTION, words.stream(), WORDS));
				phrasings.add(words.terms());
				questionTerms.addAll(words.terms());
				breadth = i < own ? questionTerms.size() : breadth;
			}
			doc.add(new Field(FaqFields.EN_ANSWER, answer.body(), WORDS));
		}
		else {
			// Each question goes through Kuromoji once; its words and readings feed their
			// fields from that pass.
			for (int i = 0; i < questions.size(); i++) {
				String question = questions.get(i);
				var tokens = analysis.japaneseTokens().analyse(question);
				doc.add(new Field(FaqFields.QUESTION, tokens.words().stream(), WORDS));
				doc.add(new Field(FaqFields.QUESTION_READING, tokens.readings().stream(), WORDS));
				doc.add(new Field(FaqFields.QUESTION_BIGRAMS, question, WORDS));
				doc.add(new Field(FaqFields.QUESTION_READING_BIGRAMS, analysis.readingForm().of(question), WORDS));
				phrasings.add(tokens.words().terms());
				questionTerms.addAll(tokens.words().terms());
				breadth = i < own ? questionTerms.size() : breadth;
			}
			doc.add(new Field(FaqFields.TEXT, String.join("\n", questions) + "\n" + answer.body(), WORDS));
			doc.add(new Field(FaqFields.RELATED, answer.related(), WORDS));
		}
		for (String term : questionTerms) {
			doc.add(new StoredField(FaqFields.QUESTION_TERMS, term));
		}
		doc.add(new StoredField(FaqFields.QUESTION_BREADTH, breadth));
		for (Set<String> phrasing : phrasings) {
			doc.add(new StoredField(FaqFields.QUESTION_PHRASINGS, String.join("\n", phrasing)));
		}
		// Stored with the entry so that an index opened again, or rebuilt, needs no model
		// time for texts it had.
		for (KeyedVector vector : vectors) {
			doc.add(new StoredField(FaqFields.VECTOR_KEYS, vector.key()));
			doc.add(new StoredField(FaqFields.VECTORS, new BytesRef(bytes(vector.vector()))));
		}
		if (vectorsPending) {
			doc.add(new StoredField(FaqFields.VECTORS_PENDING, 1));
		}
		var terms = Set.copyOf(questionTerms);
		var kept = new IndexedEntries.Indexed(entry, terms, phrasings(terms, phrasings), breadth,
				vectors.stream().map(KeyedVector::vector).toList());
		return new Written(doc, kept);
	}

	/** A document to write and what {@link IndexedEntries} keeps of it. */
	record Written(Document document, IndexedEntries.Indexed indexed) {
	}

	/** A text's vector and the key it is cached under. */
	record KeyedVector(String key, float[] vector) {
	}

	static boolean vectorsPending(Document stored) {
		return stored.getField(FaqFields.VECTORS_PENDING) != null;
	}

	static List<KeyedVector> keyedVectors(Document stored) {
		String[] keys = stored.getValues(FaqFields.VECTOR_KEYS);
		BytesRef[] vectors = stored.getBinaryValues(FaqFields.VECTORS);
		var keyed = new ArrayList<KeyedVector>(keys.length);
		for (int i = 0; i < Math.min(keys.length, vectors.length); i++) {
			keyed.add(new KeyedVector(keys[i], floats(vectors[i])));
		}
		return keyed;
	}

	private static byte[] bytes(float[] vector) {
		var buffer = ByteBuffer.allocate(vector.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
		buffer.asFloatBuffer().put(vector);
		return buffer.array();
	}

	private static float[] floats(BytesRef bytes) {
		float[] vector = new float[bytes.length / Float.BYTES];
		ByteBuffer.wrap(bytes.bytes, bytes.offset, bytes.length)
			.order(ByteOrder.LITTLE_ENDIAN)
			.asFloatBuffer()
			.get(vector);
		return vector;
	}

	private static FieldType wordsType() {
		var type = new FieldType(TextField.TYPE_NOT_STORED);
		type.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
		type.freeze();
		return type;
	}

	FaqEntry toEntry(Document stored) {
		BytesRef bytes = stored.getBinaryValue(FaqFields.ENTRY);
		return json.readValue(bytes.bytes, bytes.offset, bytes.length, FaqEntry.class);
	}

	static int breadth(Document stored) {
		var breadth = stored.getField(FaqFields.QUESTION_BREADTH);
		return breadth == null ? stored.getValues(FaqFields.QUESTION_TERMS).length : breadth.numericValue().intValue();
	}

	static Set<String> questionTerms(Document stored) {
		return Set.of(stored.getValues(FaqFields.QUESTION_TERMS));
	}

	static List<Set<String>> phrasings(Set<String> questionTerms, Document stored) {
		var phrasings = new ArrayList<Set<String>>();
		for (String phrasing : stored.getValues(FaqFields.QUESTION_PHRASINGS)) {
			phrasings.add(phrasing.isEmpty() ? Set.of() : Set.of(phrasing.split("\n")));
		}
		return phrasings(questionTerms, phrasings);
	}

	/**
	 * Most entries have one question: its words are the entry's words, kept once.
	 */
	private static List<Set<String>> phrasings(Set<String> questionTerms, List<Set<String>> phrasings) {
		return phrasings.size() == 1 ? List.of(questionTerms) : phrasings.stream().map(Set::copyOf).toList();
	}

	private static List<String> questions(FaqEntry entry, List<String> learned) {
		var questions = new ArrayList<String>();
		questions.add(entry.question());
		questions.addAll(entry.alternatives());
		questions.addAll(learned);
		return questions;
	}

}
