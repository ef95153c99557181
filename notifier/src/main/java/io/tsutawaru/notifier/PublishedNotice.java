package io.tsutawaru.notifier;

import java.time.Instant;
import java.util.Map;

/**
 * One published version of a notice, as every channel renders it. Published versions are never edited: an update
 * or a cancellation is a new version that refers to the earlier ones.
 *
 * @param noticeId the notice
 * @param revision 1 for the first publication, then 2, 3, …
 * @param type Alert, Update or Cancel (CAP's msgType)
 * @param content the notice's content as it was when this version was published
 * @param publishedAt when this version was published
 * @param firstPublishedAt when revision 1 was published
 */
public record PublishedNotice(long noticeId, int revision, MessageType type, NoticeDraft content, Instant publishedAt,
		Instant firstPublishedAt) {

	/** CAP's msgType. */
	public enum MessageType {
		ALERT, UPDATE, CANCEL
	}

	/** The title in a language, falling back to Japanese, marked as a drill, update or cancellation. */
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

	private String marks(String language) {
		boolean english = "en".equals(language) && translation(language) != null;
		String marks = switch (content.status()) {
			case EXERCISE -> english ? "[EXERCISE] " : "【訓練】";
			case TEST -> english ? "[TEST] " : "【テスト】";
			case ACTUAL -> "";
		};
		return marks + switch (type) {
			case ALERT -> "";
			case UPDATE -> english ? "[UPDATE] " : "【更新】";
			case CANCEL -> english ? "[CANCELLED] " : "【取消】";
		};
	}

	private NoticeDraft.Translation translation(String language) {
		Map<String, NoticeDraft.Translation> translations = content.translations();
		return language == null ? null : translations.get(language);
	}

}
