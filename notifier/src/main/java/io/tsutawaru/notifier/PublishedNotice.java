package io.tsutawaru.notifier;

import java.time.Instant;
import java.util.Map;

/**
 * One published version of a notice, as every channel renders it. Published versions are
 * never edited: an update or a cancellation is a new version that refers to the earlier
 * ones.
 *
 * @param noticeId the notice
 * @param revision 1 for the first publication, then 2, 3, …
 * @param type Alert, Update or Cancel (CAP's msgType)
 * @param content the notice's content as it was when this version was published
 * @param publishedAt when this version was published
 * @param firstPublishedAt when revision 1 was published
 * @param reason why staff cancelled the notice, for a cancellation (whose content is the
 * cancellation's own text: what it cancels and why, see
 * {@code notifier/words_<language>.properties}); null for other versions
 */
public record PublishedNotice(long noticeId, int revision, MessageType type, NoticeDraft content, Instant publishedAt,
		Instant firstPublishedAt, String reason) {

	/** A first publication or an update, which has no reason. */
	public PublishedNotice(long noticeId, int revision, MessageType type, NoticeDraft content, Instant publishedAt,
			Instant firstPublishedAt) {
		this(noticeId, revision, type, content, publishedAt, firstPublishedAt, null);
	}

	/** CAP's msgType. */
	public enum MessageType {

		ALERT, UPDATE, CANCEL

	}

	/**
	 * The title in a language, falling back to Japanese, marked as a drill, update or
	 * cancellation.
	 */
	public String headline(String language) {
		NoticeDraft.Translation t = translation(language);
		return marks(language) + (t == null ? content.title() : t.title());
	}

	/** The body in a language, falling back to Japanese. */
	public String body(String language) {
		NoticeDraft.Translation t = translation(language);
		return t == null ? content.body() : t.body();
	}

	/** Whether this is a drill: every channel marks it 【訓練】. */
	public boolean exercise() {
		return content.status() == AlertStatus.EXERCISE;
	}

	/**
	 * The marks in the language the text is in: the translation's, or Japanese when there
	 * is none.
	 */
	private String marks(String language) {
		String in = translation(language) == null ? "ja" : language;
		String marks = switch (content.status()) {
			case EXERCISE -> NoticeWords.text(in, "mark.exercise");
			case TEST -> NoticeWords.text(in, "mark.test");
			case ACTUAL -> "";
		};
		return marks + switch (type) {
			case ALERT -> "";
			case UPDATE -> NoticeWords.text(in, "mark.update");
			case CANCEL -> NoticeWords.text(in, "mark.cancel");
		};
	}

	private NoticeDraft.Translation translation(String language) {
		Map<String, NoticeDraft.Translation> translations = content.translations();
		return language == null ? null : translations.get(language);
	}

}
