package io.tsutawaru.app.console;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

import io.tsutawaru.app.audit.PersonalDataReads;
import io.tsutawaru.notifier.HelpRequest;
import io.tsutawaru.notifier.Notices;
import io.tsutawaru.notifier.SafetyAnswers;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The answers to an alert that asks, on its follow-up page: the tally kept current over
 * server-sent events (read from the database every half second, so every process's
 * answers show), the list of residents who need help pushed the same way whenever it
 * changes (a second event, {@code help}), and the requests for help marked handled.
 * Marking is a console POST, so the staff action audit records who and when; the answer
 * row keeps it too.
 */
@Controller
class EmergencyAnswersController {

	static final Duration EVERY = Duration.ofMillis(500);

	/**
	 * Answers keep coming long after the delivery finished, so a stream never settles by
	 * itself: it ends after a while and the browser's EventSource opens the next one
	 * (after {@link #RECONNECT}), which keeps no request open for ever and lets a page
	 * left open pick up a new process.
	 */
	static final Duration TURN = Duration.ofSeconds(20);

	static final Duration RECONNECT = Duration.ofMillis(500);

	private final SafetyAnswers answers;

	private final ProgressStreams streams;

	private final Notices notices;

	private final PersonalDataReads reads;

	private final MessageSource messages;

	private final Clock clock;

	EmergencyAnswersController(SafetyAnswers answers, ProgressStreams streams, Notices notices, PersonalDataReads reads,
			MessageSource messages, Clock clock) {
		this.answers = answers;
		this.streams = streams;
		this.notices = notices;
		this.reads = reads;
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * @param help the {@link HelpList#version} of the list the page shows; the list is
	 * sent when it differs, and again whenever it changes
	 */
	@GetMapping(path = "/console/emergency/{id}/answers", produces = "text/event-stream")
	@ResponseBody
	SseEmitter stream(@PathVariable long id, @RequestParam(required = false) String help, Authentication user,
			HttpServletRequest request, Locale locale) {
		// An unknown notice is a 404; one that asks nothing gets its (empty) tally once
		// and the stream ends.
		boolean asks = notices.find(id).draft().confirmation().asks();
		AtomicReference<AnswerTally> last = new AtomicReference<>();
		AtomicReference<String> shown = new AtomicReference<>(help);
		// Read now: the request is not the tick thread's to read.
		String path = request.getRequestURI().substring(request.getContextPath().length());
		String contextPath = request.getContextPath();
		CityTime time = new CityTime(clock.getZone(), locale);
		long ends = System.nanoTime() + TURN.toNanos();
		return streams.poll(EVERY, TURN.multipliedBy(2), emitter -> {
			List<HelpRequest> needingHelp = answers.needingHelp(id);
			AnswerTally tally = AnswerTally.of(answers, id, needingHelp);
			// Only a change is sent: an open page costs one query per tick, not a
			// message.
			if (!tally.equals(last.getAndSet(tally))) {
				emitter.send(SseEmitter.event()
					.name("answers")
					.reconnectTime(RECONNECT.toMillis())
					.data(tally, MediaType.APPLICATION_JSON));
			}
			String version = HelpList.version(needingHelp);
			if (asks && !version.equals(shown.getAndSet(version))) {
				// Where a resident is and what they wrote are personal: recorded as read
				// before they are sent, like the page's own list.
				reads.record(user, path,
						needingHelp.stream().map(h -> "safety-help:" + id + ":" + h.subscriberId()).toList());
				emitter.send(SseEmitter.event()
					.name("help")
					.reconnectTime(RECONNECT.toMillis())
					.data(HelpList.of(id, needingHelp, messages, locale, time, contextPath),
							MediaType.APPLICATION_JSON));
			}
			return !asks || System.nanoTime() - ends > 0;
		});
	}

	@PostMapping("/console/emergency/{id}/help/{subscriber}/handled")
	String handled(@PathVariable long id, @PathVariable long subscriber, Authentication user) {
		if (!answers.handled(id, subscriber, user.getName())) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND,
					"No request for help of this resident to this alert");
		}
		return "redirect:/console/emergency/" + id + "#help";
	}

}
