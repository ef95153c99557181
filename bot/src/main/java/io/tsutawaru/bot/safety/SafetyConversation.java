package io.tsutawaru.bot.safety;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.linecorp.bot.messaging.model.Action;
import com.linecorp.bot.messaging.model.LocationAction;
import com.linecorp.bot.messaging.model.Message;

import io.tsutawaru.bot.conversation.Conversation;
import io.tsutawaru.bot.conversation.DialogState;
import io.tsutawaru.bot.conversation.DialogStates;
import io.tsutawaru.bot.conversation.Incoming;
import io.tsutawaru.bot.conversation.PostbackData;
import io.tsutawaru.bot.conversation.Replies;
import io.tsutawaru.bot.conversation.Resident;
import io.tsutawaru.bot.conversation.ResidentTexts;
import io.tsutawaru.bot.conversation.Topic;
import io.tsutawaru.notifier.AnswerRefusedException;
import io.tsutawaru.notifier.Channel;
import io.tsutawaru.notifier.PublishedNotice;
import io.tsutawaru.notifier.SafetyAnswer;
import io.tsutawaru.notifier.SafetyAnswers;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Answers to an alert that asks (issue 18, item 1). The alert's buttons arrive as
 * {@code c=safe&a=answer&n=<notice>&v=ack|safe|help}; the disaster menu's 安否を知らせる as
 * {@code c=safe&a=start}, which offers the buttons of the newest alert that asks and
 * reached the resident. After 支援が必要です the resident is invited to send where they are and
 * a short note, stored with the answer for staff to follow up.
 */
@Component
class SafetyConversation implements Conversation {

	private static final String LOCATION = "location";

	private static final String NOTE = "note";

	private final ObjectProvider<SafetyAnswers> answerStore;

	private final DialogStates dialogs;

	private final ResidentTexts texts;

	/**
	 * The answers are looked up when a resident answers, not at start: the bot also runs
	 * with only the notifier's subscribers (its own tests), where no alert can ask
	 * anything.
	 */
	SafetyConversation(ObjectProvider<SafetyAnswers> answers, DialogStates dialogs, ResidentTexts texts) {
		this.answerStore = answers;
		this.dialogs = dialogs;
		this.texts = texts;
	}

	@Override
	public Topic topic() {
		return Topic.SAFETY;
	}

	@Override
	public boolean startsWith(String text) {
		return false;
	}

	@Override
	public List<Message> handle(Incoming incoming, Resident resident) {
		String language = resident.language();
		Optional<Long> subscriber = resident.subscriber().map(known -> known.id());
		if (subscriber.isEmpty()) {
			return say(language, "safety.none");
		}
		Optional<DialogState> dialog = dialogs.find(resident.userId()).filter(state -> state.topic() == Topic.SAFETY);
		return switch (incoming) {
			case Incoming.Postback postback when "start".equals(postback.data().action()) ->
				offer(subscriber.get(), language);
			case Incoming.Postback postback when "answer".equals(postback.data().action()) ->
				answer(postback.data(), subscriber.get(), resident);
			case Incoming.Postback postback when "skip".equals(postback.data().action()) && dialog.isPresent() ->
				next(dialog.get(), subscriber.get(), resident, null, null, null);
			case Incoming.Location location when dialog.isPresent() && LOCATION.equals(dialog.get().step()) ->
				next(dialog.get(), subscriber.get(), resident, location.latitude(), location.longitude(), null);
			case Incoming.Text text when dialog.isPresent() && NOTE.equals(dialog.get().step()) ->
				next(dialog.get(), subscriber.get(), resident, null, null, text.text());
			default -> dialog.map(state -> List.of(ask(state.step(), language)))
				.orElseGet(() -> offer(subscriber.get(), language));
		};
	}

	private List<Message> offer(long subscriber, String language) {
		Optional<PublishedNotice> asking = answerStore.getObject().newestAskingFor(subscriber);
		if (asking.isEmpty()) {
			return say(language, "safety.none");
		}
		PublishedNotice notice = asking.get();
		List<Action> buttons = Arrays.stream(SafetyAnswer.values())
			.filter(answer -> answer.answers(notice.content().confirmation()))
			.map(answer -> Replies.postback(texts.text(language, "safety.answer." + answer.id()),
					new PostbackData(Topic.SAFETY, "answer",
							Map.of("n", Long.toString(notice.noticeId()), "v", answer.id()))))
			.toList();
		String question = texts.text(language, "safety.ask." + notice.content().confirmation().id(),
				notice.headline(language));
		return List.of(Replies.text(question, buttons));
	}

	private List<Message> answer(PostbackData data, long subscriber, Resident resident) {
		String language = resident.language();
		SafetyAnswer answer = SafetyAnswer.of(data.value());
		long notice;
		try {
			notice = Long.parseLong(String.valueOf(data.value("n")));
		}
		catch (NumberFormatException altered) {
			return say(language, "safety.refused");
		}
		try {
			answerStore.getObject().answer(notice, subscriber, answer, Channel.LINE);
		}
		catch (AnswerRefusedException refused) {
			return say(language, "safety.refused");
		}
		if (answer != SafetyAnswer.HELP) {
			dialogs.clear(resident.userId());
			return say(language, "safety.thanks." + answer.id());
		}
		dialogs.save(resident.userId(),
				DialogState.start(Topic.SAFETY, LOCATION).next(LOCATION, "notice", Long.toString(notice)));
		return List.of(Replies.text(texts.text(language, "safety.thanks.help"), buttons(LOCATION, language)));
	}

	/** The location, then the note; each may be skipped. */
	private List<Message> next(DialogState state, long subscriber, Resident resident, Double latitude, Double longitude,
			String note) {
		long notice = Long.parseLong(state.data().get("notice"));
		answerStore.getObject().share(notice, subscriber, latitude, longitude, note);
		if (LOCATION.equals(state.step())) {
			dialogs.save(resident.userId(), state.at(NOTE));
			return List.of(ask(NOTE, resident.language()));
		}
		dialogs.clear(resident.userId());
		return say(resident.language(), "safety.help.received");
	}

	private Message ask(String step, String language) {
		return Replies.text(texts.text(language, LOCATION.equals(step) ? "safety.thanks.help" : "safety.ask.note"),
				buttons(step, language));
	}

	private List<Action> buttons(String step, String language) {
		Action skip = Replies.postback(texts.text(language, "safety.skip"), PostbackData.of(Topic.SAFETY, "skip"));
		return LOCATION.equals(step) ? List.of(new LocationAction(texts.text(language, "safety.location.button")), skip)
				: List.of(skip);
	}

	private List<Message> say(String language, String key) {
		return List.of(Replies.text(texts.text(language, key)));
	}

}
