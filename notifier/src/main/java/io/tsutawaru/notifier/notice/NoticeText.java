package io.tsutawaru.notifier.notice;

import java.util.Map;

import io.tsutawaru.notifier.InvalidNoticeException;
import io.tsutawaru.notifier.InvalidNoticeException.Problem;
import io.tsutawaru.notifier.NoticeDraft;
import io.tsutawaru.text.DocumentText;
import io.tsutawaru.text.WebAddress;

/**
 * The text staff write into a notice, field by field, checked for what every channel must
 * carry: only characters fit for every document ({@link DocumentText}), no longer than
 * the columns that keep it, and a link that is a web address. A problem names the field
 * as the REST API does ({@code translations.en.title}, {@code areaNames[1]}) and, for a
 * character, its position, so staff can find an invisible one.
 */
final class NoticeText {

	static final int MAX_TITLE = 200;

	static final int MAX_TOPIC = 64;

	private NoticeText() {
	}

	static void check(NoticeDraft draft) {
		characters("title", draft.title());
		characters("body", draft.body());
		characters("link", draft.link());
		characters("topic", draft.topic());
		characters("segmentRule", draft.segmentRule());
		for (Map.Entry<String, NoticeDraft.Translation> translation : draft.translations().entrySet()) {
			if (translation.getValue() != null) {
				String field = "translations." + translation.getKey();
				characters(field + ".title", translation.getValue().title());
				characters(field + ".body", translation.getValue().body());
				length(field + ".title", translation.getValue().title(), MAX_TITLE);
			}
		}
		for (int i = 0; i < draft.areaNames().size(); i++) {
			String field = "areaNames[" + i + "]";
			String name = draft.areaNames().get(i);
			characters(field, name);
			// Area names are kept one per line.
			int lineBreak = name.indexOf('\n') >= 0 ? name.indexOf('\n') : name.indexOf('\r');
			if (lineBreak >= 0) {
				throw new InvalidNoticeException(Problem.LINE_BREAK, field, lineBreak, field,
						String.valueOf(lineBreak));
			}
		}
		length("title", draft.title(), MAX_TITLE);
		length("topic", draft.topic(), MAX_TOPIC);
		if (draft.link() != null && !WebAddress.isWebAddress(draft.link())) {
			throw new InvalidNoticeException(Problem.LINK, "link", -1, String.valueOf(WebAddress.MAX_LENGTH));
		}
	}

	/** Refuses a character no document may carry, naming where it is. */
	static void characters(String field, String text) {
		DocumentText.firstUnfit(text).ifPresent(unfit -> {
			throw new InvalidNoticeException(Problem.valueOf(unfit.kind().name()), field, unfit.position(), field,
					unfit.code(), String.valueOf(unfit.position()));
		});
	}

	private static void length(String field, String text, int limit) {
		if (text != null && text.length() > limit) {
			throw InvalidNoticeException.tooLong(field, limit);
		}
	}

}
