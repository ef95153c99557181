package io.tsutawaru.bot;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import io.tsutawaru.kb.AnswerFeedback;
import io.tsutawaru.kb.Candidate;
import io.tsutawaru.kb.Contact;
import io.tsutawaru.kb.Decision;
import io.tsutawaru.kb.EntryChosen;
import io.tsutawaru.kb.FaqEntry;
import io.tsutawaru.kb.FaqEntryNotFoundException;
import io.tsutawaru.kb.KnowledgeBase;
import io.tsutawaru.kb.QuestionUnanswered;
import io.tsutawaru.kb.SearchResult;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A knowledge base whose answers the tests decide, standing in for the Lucene one
 * (another module, tested there): the bot's job is to turn each decision into the right
 * messages, not to rank entries.
 */
@Component
public class ScriptedKnowledgeBase implements KnowledgeBase, AnswerFeedback {

	public static final FaqEntry GARBAGE = entry("garbage-1", "粗大ごみの出し方は？", "粗大ごみは事前に申し込みが必要です。\n電話かインターネットで申し込んでください。",
			"環境課", new Contact("0561-00-0001", "平日 8:30〜17:15"), URI.create("https://city.example.jp/gomi"));

	public static final FaqEntry RECYCLING = entry("garbage-2", "資源ごみの日は？", "資源ごみは毎週水曜日です。", "環境課", null, null);

	public static final FaqEntry GARBAGE_EN = new FaqEntry("garbage-1-en", "How do I put out bulky garbage?", List.of(),
			"Bulky garbage must be booked in advance, by phone or online.", "Garbage", "Environment Division",
			new Contact("0561-00-0001", "weekdays 8:30-17:15"), null, "en", Instant.EPOCH, true);

	public static final FaqEntry BATTERIES = entry("garbage-3", "電池の捨て方は？", "電池は回収ボックスへ。", null, null, null);

	private final Map<String, SearchResult> scripted = new ConcurrentHashMap<>();

	public final List<String> feedback = new CopyOnWriteArrayList<>();

	public final List<QuestionUnanswered> unanswered = new CopyOnWriteArrayList<>();

	/** Residents led to an entry by their question, as the bot published them. */
	public final List<EntryChosen> chosen = new CopyOnWriteArrayList<>();

	/** Every search made, as {@code language:question}. */
	public final List<String> searches = new CopyOnWriteArrayList<>();

	/**
	 * Searches for this question, in any language, return this decision with these
	 * entries.
	 */
	public void script(String question, Decision decision, FaqEntry... entries) {
		scripted.put(question, result(question, decision, entries));
	}

	/**
	 * Searches for this question in this language return this decision; other languages
	 * find nothing.
	 */
	public void scriptIn(String language, String question, Decision decision, FaqEntry... entries) {
		scripted.put(language + ":" + question, result(question, decision, entries));
	}

	@Override
	public SearchResult search(String question, String language) {
		searches.add(language + ":" + question);
		SearchResult none = new SearchResult(question, Decision.NOT_FOUND, List.of());
		return scripted.getOrDefault(language + ":" + question, scripted.getOrDefault(question, none));
	}

	@Override
	public Optional<FaqEntry> find(String id) {
		return List.of(GARBAGE, GARBAGE_EN, RECYCLING, BATTERIES)
			.stream()
			.filter(entry -> entry.id().equals(id))
			.findFirst();
	}

	private static SearchResult result(String question, Decision decision, FaqEntry... entries) {
		List<Candidate> candidates = java.util.Arrays.stream(entries)
			.map(entry -> new Candidate(entry, 1, 0.9))
			.toList();
		return new SearchResult(question, decision, candidates);
	}

	@Override
	public void recordFeedback(String faqId, boolean solved) {
		if (find(faqId).isEmpty()) {
			throw new FaqEntryNotFoundException(faqId);
		}
		feedback.add(faqId + (solved ? ":solved" : ":unsolved"));
	}

	@Override
	public List<Tally> tallies() {
		return List.of();
	}

	@EventListener
	void unanswered(QuestionUnanswered event) {
		unanswered.add(event);
	}

	@EventListener
	void chosen(EntryChosen event) {
		chosen.add(event);
	}

	private static FaqEntry entry(String id, String question, String answer, String department, Contact contact,
			URI url) {
		return new FaqEntry(id, question, List.of(), answer, "ごみ", department, contact, url, "ja", Instant.EPOCH, true);
	}

}
