package io.tsutawaru.notifier.publishing;

import io.tsutawaru.notifier.NoticeWords;
import io.tsutawaru.notifier.SafetyAnswer;

/**
 * The page of an e-mail's answer link (issue 18), in the notice pages' layout: the
 * alert's title and the answer the link gives, with one button that sends it. Opening the
 * link records nothing (mail scanners open links); only the button's POST does, with the
 * link's token in the form as its only credential.
 */
final class AnswerPage {

	/** The longest note a resident who needs help may add, as the LINE dialog keeps. */
	static final int NOTE_LIMIT = 500;

	private AnswerPage() {
	}

	/** The question: the alert, the preselected answer and the button. */
	static String question(PageLanguage language, String token, String headline, SafetyAnswer answer,
			String refusedNote) {
		StringBuilder html = start(language, token, language.word("answer.title"));
		html.append("<h1>").append(esc(headline)).append("</h1>\n");
		html.append("<form class=\"answer\" method=\"post\" action=\"/answers\">\n")
			.append("<input type=\"hidden\" name=\"token\" value=\"")
			.append(esc(token))
			.append("\">\n<input type=\"hidden\" name=\"lang\" value=\"")
			.append(esc(language.code))
			.append("\">\n<p>")
			.append(esc(language.word("answer.yours")))
			.append(": <strong id=\"answer\">")
			.append(esc(answerWord(language, answer)))
			.append("</strong></p>\n");
		if (answer == SafetyAnswer.HELP) {
			if (refusedNote != null) {
				html.append("<p class=\"state\" role=\"alert\" id=\"note-refused\">")
					.append(esc(language.word("answer.note.refused")))
					.append("</p>\n");
			}
			html.append("<p><label for=\"note\">")
				.append(esc(language.word("answer.note")))
				.append("</label><br>\n<textarea id=\"note\" name=\"note\" rows=\"4\" maxlength=\"")
				.append(NOTE_LIMIT)
				.append("\"")
				.append(refusedNote != null ? " aria-invalid=\"true\" aria-describedby=\"note-refused\"" : "")
				.append(">")
				.append(refusedNote == null ? "" : esc(refusedNote))
				.append("</textarea></p>\n");
		}
		html.append("<p><button type=\"submit\" id=\"send\">")
			.append(esc(language.word("answer.send")))
			.append("</button></p>\n</form>\n");
		return end(html);
	}

	/** After the button: the answer is recorded. */
	static String thanks(PageLanguage language, String token, long noticeId, SafetyAnswer answer) {
		StringBuilder html = start(language, token, language.word("answer.title"));
		html.append("<h1>").append(esc(language.word("answer.thanks"))).append("</h1>\n<p>");
		html.append(esc(language.word("answer.yours")))
			.append(": <strong id=\"answer\">")
			.append(esc(answerWord(language, answer)))
			.append("</strong></p>\n");
		if (answer == SafetyAnswer.HELP) {
			html.append("<p class=\"state\">").append(esc(language.word("answer.thanks.help"))).append("</p>\n");
		}
		if (answer != SafetyAnswer.ACK) {
			html.append("<p>").append(esc(language.word("answer.change"))).append("</p>\n");
		}
		return end(noticeLink(html, language, noticeId));
	}

	/**
	 * Why there is nothing to answer: a link that is not one of ours, or a notice that no
	 * longer asks. {@code why} is a {@code page.answer.*} word.
	 */
	static String nothingToAnswer(PageLanguage language, String why, Long noticeId) {
		StringBuilder html = NoticePage.start(language, language.word("answer.title"), "/notices");
		html.append("<h1>").append(esc(language.word("answer.title"))).append("</h1>\n<p id=\"why\">");
		html.append(esc(language.word(why))).append("</p>\n");
		return end(noticeId == null ? html : noticeLink(html, language, noticeId));
	}

	private static StringBuilder noticeLink(StringBuilder html, PageLanguage language, long noticeId) {
		return html.append("<p><a href=\"/notices/")
			.append(noticeId)
			.append(NoticePage.query(language))
			.append("\">")
			.append(esc(language.word("answer.notice")))
			.append("</a></p>\n");
	}

	private static StringBuilder start(PageLanguage language, String token, String title) {
		return NoticePage.start(language, title, "/answers/" + token);
	}

	private static String end(StringBuilder html) {
		return NoticePage.end(html);
	}

	/** The answer as the LINE buttons and the mail's links name it. */
	private static String answerWord(PageLanguage language, SafetyAnswer answer) {
		return NoticeWords.text(language.code, "line.answer." + answer.id());
	}

	private static String esc(String text) {
		return NoticePage.esc(text);
	}

}
