package io.tsutawaru.notifier.mail;

import java.util.List;

import io.tsutawaru.notifier.Confirmation;
import io.tsutawaru.notifier.NoticeWords;
import io.tsutawaru.notifier.PublishedNotice;
import io.tsutawaru.notifier.SafetyAnswer;
import io.tsutawaru.notifier.safety.AnswerLinks;

import org.springframework.stereotype.Component;

/**
 * The answer links of a notice's mail (issue 18): a notice that asks for an
 * acknowledgement carries one (確認しました), one that asks whether residents are safe two
 * (無事です, 支援が必要です), each signed for the resident who receives the mail and labelled in the
 * batch's language. A notice that asks nothing, and a cancellation, carry none.
 */
@Component
class MailAnswerLinks {

	private final AnswerLinks links;

	MailAnswerLinks(AnswerLinks links) {
		this.links = links;
	}

	AnswerLinkLines lines(PublishedNotice notice, String language) {
		Confirmation asked = notice.content().confirmation();
		if (!asked.asks() || notice.type() == PublishedNotice.MessageType.CANCEL) {
			return AnswerLinkLines.NONE;
		}
		List<SafetyAnswer> answers = List.of(SafetyAnswer.values())
			.stream()
			.filter(answer -> answer.answers(asked))
			.toList();
		String ask = NoticeWords.text(language, "mail.answer.ask." + asked.id()) + "\n";
		return subscriberId -> {
			StringBuilder lines = new StringBuilder(ask);
			for (SafetyAnswer answer : answers) {
				lines.append(NoticeWords.text(language, "line.answer." + answer.id()))
					.append(": ")
					.append(links.link(notice.noticeId(), subscriberId, answer, language))
					.append('\n');
			}
			return lines.append('\n').toString();
		};
	}

}
