package io.tsutawaru.kb.search;

import io.tsutawaru.kb.FaqEntry;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;
import tools.jackson.databind.json.JsonMapper;

/** Turns an FAQ entry into its Lucene document and back. */
final class FaqDocuments {

    /**
     * Text fields without positions: the ranking never asks for phrases or proximity (Kuromoji's compounds are
     * discarded, synonyms are expanded as whole words), and leaving positions out saves a good part of the
     * indexing work.
     */
    private static final FieldType WORDS = wordsType();

    private final JsonMapper json = JsonMapper.builder().build();

    Document toDocument(FaqEntry entry) {
        var doc = new Document();
        doc.add(new KeywordField(FaqFields.ID, entry.id(), Field.Store.YES));
        doc.add(new KeywordField(FaqFields.LANGUAGE, SearchLanguage.of(entry.language()).code(), Field.Store.NO));
        // The whole entry is stored so a search needs no database round trip to show its candidates.
        doc.add(new StoredField(FaqFields.ENTRY, new BytesRef(json.writeValueAsBytes(entry))));
        var answer = AnswerText.of(entry.answer());
        if (SearchLanguage.of(entry.language()) == SearchLanguage.ENGLISH) {
            for (String question : questions(entry)) {
                doc.add(new Field(FaqFields.EN_QUESTION, question, WORDS));
            }
            doc.add(new Field(FaqFields.EN_ANSWER, answer.body(), WORDS));
            return doc;
        }
        for (String question : questions(entry)) {
            doc.add(new Field(FaqFields.QUESTION, question, WORDS));
            doc.add(new Field(FaqFields.QUESTION_READING, question, WORDS));
            doc.add(new Field(FaqFields.QUESTION_BIGRAMS, question, WORDS));
        }
        doc.add(new Field(FaqFields.TEXT, String.join("\n", questions(entry)) + "\n" + answer.body(), WORDS));
        doc.add(new Field(FaqFields.RELATED, answer.related(), WORDS));
        return doc;
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

    private static List<String> questions(FaqEntry entry) {
        var questions = new ArrayList<String>();
        questions.add(entry.question());
        questions.addAll(entry.alternatives());
        return questions;
    }
}
