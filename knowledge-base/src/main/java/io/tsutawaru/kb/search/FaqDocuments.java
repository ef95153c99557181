package io.tsutawaru.kb.search;

import io.tsutawaru.kb.FaqEntry;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;
import tools.jackson.databind.json.JsonMapper;

/** Turns an FAQ entry into its Lucene document and back. */
final class FaqDocuments {

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
                doc.add(new TextField(FaqFields.EN_QUESTION, question, Field.Store.NO));
            }
            doc.add(new TextField(FaqFields.EN_ANSWER, answer.body(), Field.Store.NO));
            return doc;
        }
        for (String question : questions(entry)) {
            doc.add(new TextField(FaqFields.QUESTION, question, Field.Store.NO));
            doc.add(new TextField(FaqFields.QUESTION_READING, question, Field.Store.NO));
            doc.add(new TextField(FaqFields.QUESTION_BIGRAMS, question, Field.Store.NO));
        }
        doc.add(new TextField(FaqFields.TEXT, String.join("\n", questions(entry)) + "\n" + answer.body(), Field.Store.NO));
        doc.add(new TextField(FaqFields.RELATED, answer.related(), Field.Store.NO));
        return doc;
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
