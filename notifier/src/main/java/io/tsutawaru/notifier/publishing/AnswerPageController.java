package io.tsutawaru.notifier.publishing;

import java.time.Duration;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import io.tsutawaru.notifier.AnswerRefusedException;
import io.tsutawaru.notifier.Channel;
import io.tsutawaru.notifier.NoticeNotFoundException;
import io.tsutawaru.notifier.PublishedNotice;
import io.tsutawaru.notifier.PublishedNotices;
import io.tsutawaru.notifier.SafetyAnswer;
import io.tsutawaru.notifier.SafetyAnswers;
import io.tsutawaru.notifier.safety.AnswerLinks;
import io.tsutawaru.text.DocumentText;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public page of the e-mail's answer links (issue 18): {@code GET /answers/{token}}
 * shows the alert and the link's answer and records nothing; the page's button posts the
 * token to {@code POST /answers}, which records the answer through {@link SafetyAnswers}
 * on the e-mail channel, as the bot does for LINE. A link that is not one of ours, or a
 * notice that asks nothing (any more), gets a kind page with a 4xx status. The token is
 * the only credential: no sign-in, no session, nothing a forged cross-site post could
 * ride on without knowing it. One client address may make only so many requests a minute
 * ({@link AnswerPageLimit}); more get a kind page with 429 and {@code Retry-After}.
 */
@RestController
class AnswerPageController {

	private static final MediaType HTML = MediaType.parseMediaType("text/html;charset=UTF-8");

	private final AnswerLinks links;

	private final PublishedNotices published;

	private final SafetyAnswers answers;

	private final AnswerPageLimit limit;

	AnswerPageController(AnswerLinks links, PublishedNotices published, SafetyAnswers answers, AnswerPageLimit limit) {
		this.limit = limit;
		this.links = links;
		this.published = published;
		this.answers = answers;
	}

	@GetMapping("/answers/{token}")
	ResponseEntity<String> question(@PathVariable String token, @RequestParam(required = false) String lang,
			HttpServletRequest request) {
		PageLanguage language = PageLanguage.of(lang);
		Optional<Duration> wait = limit.take(request.getRemoteAddr());
		if (wait.isPresent()) {
			return tooMany(language, wait.get());
		}
		Optional<AnswerLinks.Answer> answer = links.read(token);
		if (answer.isEmpty()) {
			return page(HttpStatus.NOT_FOUND, AnswerPage.nothingToAnswer(language, "answer.invalid", null));
		}
		long noticeId = answer.get().noticeId();
		Optional<PublishedNotice> latest = latest(noticeId);
		if (latest.isEmpty()) {
			return page(HttpStatus.NOT_FOUND, AnswerPage.nothingToAnswer(language, "answer.invalid", null));
		}
		PublishedNotice notice = latest.get();
		if (notice.type() == PublishedNotice.MessageType.CANCEL) {
			return page(HttpStatus.GONE, AnswerPage.nothingToAnswer(language, "answer.cancelled", noticeId));
		}
		if (!answer.get().answer().answers(notice.content().confirmation())) {
			return page(HttpStatus.CONFLICT, AnswerPage.nothingToAnswer(language, "answer.not-needed", noticeId));
		}
		return page(HttpStatus.OK, AnswerPage.question(language, token, notice.headline(language.translationKey()),
				answer.get().answer(), null));
	}

	@PostMapping(path = "/answers", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
	ResponseEntity<String> answer(@RequestParam(defaultValue = "") String token,
			@RequestParam(required = false) String note, @RequestParam(required = false) String lang,
			HttpServletRequest request) {
		PageLanguage language = PageLanguage.of(lang);
		Optional<Duration> wait = limit.take(request.getRemoteAddr());
		if (wait.isPresent()) {
			return tooMany(language, wait.get());
		}
		Optional<AnswerLinks.Answer> read = links.read(token);
		if (read.isEmpty()) {
			return page(HttpStatus.NOT_FOUND, AnswerPage.nothingToAnswer(language, "answer.invalid", null));
		}
		AnswerLinks.Answer answer = read.get();
		String kept = answer.answer() == SafetyAnswer.HELP && note != null && !note.isBlank() ? note.strip() : null;
		if (kept != null && (kept.length() > AnswerPage.NOTE_LIMIT || DocumentText.firstUnfit(kept).isPresent())) {
			String headline = latest(answer.noticeId()).map(n -> n.headline(language.translationKey())).orElse("");
			String shown = kept.length() > AnswerPage.NOTE_LIMIT ? kept.substring(0, AnswerPage.NOTE_LIMIT)
					: DocumentText.fit(kept);
			return page(HttpStatus.BAD_REQUEST, AnswerPage.question(language, token, headline, answer.answer(), shown));
		}
		try {
			answers.answer(answer.noticeId(), answer.subscriberId(), answer.answer(), Channel.EMAIL);
		}
		catch (AnswerRefusedException refused) {
			return refusal(language, refused.reason(), answer.noticeId());
		}
		if (kept != null) {
			answers.share(answer.noticeId(), answer.subscriberId(), null, null, kept);
		}
		return page(HttpStatus.OK, AnswerPage.thanks(language, token, answer.noticeId(), answer.answer()));
	}

	private ResponseEntity<String> refusal(PageLanguage language, AnswerRefusedException.Reason reason, long noticeId) {
		return switch (reason) {
			case UNKNOWN_NOTICE ->
				page(HttpStatus.NOT_FOUND, AnswerPage.nothingToAnswer(language, "answer.invalid", null));
			case NOT_REACHED ->
				page(HttpStatus.FORBIDDEN, AnswerPage.nothingToAnswer(language, "answer.invalid", noticeId));
			case CANCELLED -> page(HttpStatus.GONE, AnswerPage.nothingToAnswer(language, "answer.cancelled", noticeId));
			case NOT_ASKED ->
				page(HttpStatus.CONFLICT, AnswerPage.nothingToAnswer(language, "answer.not-needed", noticeId));
		};
	}

	private Optional<PublishedNotice> latest(long noticeId) {
		try {
			return published.latest(noticeId);
		}
		catch (NoticeNotFoundException ex) {
			return Optional.empty();
		}
	}

	/**
	 * Over the address's limit: a kind page in the page's language, and when to retry.
	 */
	private static ResponseEntity<String> tooMany(PageLanguage language, Duration wait) {
		return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
			.header(HttpHeaders.RETRY_AFTER, Long.toString(wait.toSeconds()))
			.contentType(HTML)
			.cacheControl(CacheControl.noStore())
			.body(AnswerPage.nothingToAnswer(language, "answer.too-many", null));
	}

	/**
	 * Never stored by a browser or a proxy: the page is one resident's, and its address
	 * is their credential.
	 */
	private static ResponseEntity<String> page(HttpStatus status, String html) {
		return ResponseEntity.status(status).contentType(HTML).cacheControl(CacheControl.noStore()).body(html);
	}

}
