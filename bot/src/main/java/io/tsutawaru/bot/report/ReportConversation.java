package io.tsutawaru.bot.report;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.linecorp.bot.messaging.model.Action;
import com.linecorp.bot.messaging.model.CameraAction;
import com.linecorp.bot.messaging.model.CameraRollAction;
import com.linecorp.bot.messaging.model.LocationAction;
import com.linecorp.bot.messaging.model.Message;
import io.tsutawaru.bot.BotProperties;
import io.tsutawaru.bot.ReportSubmitted;
import io.tsutawaru.bot.conversation.Conversation;
import io.tsutawaru.bot.conversation.DialogState;
import io.tsutawaru.bot.conversation.DialogStates;
import io.tsutawaru.bot.conversation.Incoming;
import io.tsutawaru.bot.conversation.PostbackData;
import io.tsutawaru.bot.conversation.Replies;
import io.tsutawaru.bot.conversation.Resident;
import io.tsutawaru.bot.conversation.ResidentTexts;
import io.tsutawaru.bot.conversation.Topic;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * 「通報」: category, photo, location, an optional comment, then a report number. The
 * resident need not know which department is responsible; staff see the report with its
 * photo and a map link.
 */
@Component
class ReportConversation implements Conversation {

	private static final String CATEGORY = "category";

	private static final String PHOTO = "photo";

	private static final String LOCATION = "location";

	private static final String COMMENT = "comment";

	private static final int MAX_COMMENT = 1000;

	private final BotProperties properties;

	private final DialogStates dialogs;

	private final ReportPhotos photos;

	private final ReportTable table;

	private final ResidentTexts texts;

	private final ApplicationEventPublisher events;

	ReportConversation(BotProperties properties, DialogStates dialogs, ReportPhotos photos, ReportTable table,
			ResidentTexts texts, ApplicationEventPublisher events) {
		this.properties = properties;
		this.dialogs = dialogs;
		this.photos = photos;
		this.table = table;
		this.texts = texts;
		this.events = events;
	}

	@Override
	public Topic topic() {
		return Topic.REPORT;
	}

	@Override
	public boolean startsWith(String text) {
		return texts.isCommand("report", text);
	}

	@Override
	public List<Message> handle(Incoming incoming, Resident resident) {
		Optional<DialogState> state = dialogs.find(resident.userId()).filter(dialog -> dialog.topic() == Topic.REPORT);
		if (incoming instanceof Incoming.Text text && startsWith(text.text())
				|| state.isEmpty() && incoming instanceof Incoming.Text) {
			dialogs.save(resident.userId(), DialogState.start(Topic.REPORT, CATEGORY));
			return List.of(ask(CATEGORY, resident.language()));
		}
		if (state.isEmpty()) {
			return List.of(Replies.text(texts.text(resident.language(), "report.expired"),
					List.of(Replies.saying(texts.text(resident.language(), "report.start.label"),
							texts.text(resident.language(), "report.start.command")))));
		}
		return step(incoming, state.get(), resident);
	}

	private List<Message> step(Incoming incoming, DialogState state, Resident resident) {
		String language = resident.language();
		return switch (incoming) {
			case Incoming.Postback postback when "category".equals(postback.data().action())
					&& properties.reportCategories().contains(postback.data().value()) ->
				advance(state.next(PHOTO, CATEGORY, postback.data().value()), resident);
			case Incoming.Postback postback when "no-photo".equals(postback.data().action())
					&& PHOTO.equals(state.step()) ->
				advance(state.at(LOCATION), resident);
			case Incoming.Image image when PHOTO.equals(state.step()) -> photo(image, state, resident);
			case Incoming.Location location when LOCATION.equals(state.step()) ->
				advance(state.next(COMMENT, "latitude", Double.toString(location.latitude()))
					.next(COMMENT, "longitude", Double.toString(location.longitude()))
					.next(COMMENT, "address", location.address()), resident);
			case Incoming.Text text when COMMENT.equals(state.step()) -> submit(state, text.text().strip(), resident);
			case Incoming.Postback postback when "no-comment".equals(postback.data().action())
					&& COMMENT.equals(state.step()) ->
				submit(state, null, resident);
			default -> List.of(Replies.text(texts.text(language, "report.unexpected")), ask(state.step(), language));
		};
	}

	private List<Message> advance(DialogState next, Resident resident) {
		dialogs.save(resident.userId(), next);
		return List.of(ask(next.step(), resident.language()));
	}

	private List<Message> photo(Incoming.Image image, DialogState state, Resident resident) {
		String language = resident.language();
		try {
			ReportPhotos.StoredPhoto stored = photos.fetchAndStore(image.messageId());
			return advance(state.next(LOCATION, "photoFile", stored.fileName())
				.next(LOCATION, "photoType", stored.contentType()), resident);
		}
		catch (ReportPhotos.PhotoRejectedException rejected) {
			String key = rejected.tooLarge ? "report.photo.too-large" : "report.photo.unusable";
			return List.of(Replies.text(texts.text(language, key)), ask(PHOTO, language));
		}
	}

	private List<Message> submit(DialogState state, String comment, Resident resident) {
		var data = state.data();
		String kept = comment == null || comment.isEmpty() ? null
				: comment.length() > MAX_COMMENT ? comment.substring(0, MAX_COMMENT) : comment;
		Instant now = Instant.now();
		long id = table.insert(new ReportTable.NewReport(resident.userId(), data.get(CATEGORY), data.get("photoFile"),
				data.get("photoType"), number(data.get("latitude")), number(data.get("longitude")), data.get("address"),
				kept, resident.language(), registeredArea(resident)), now);
		dialogs.clear(resident.userId());
		String number = ReportTable.number(id);
		events.publishEvent(new ReportSubmitted(number, data.get(CATEGORY), now));
		String category = texts.label(resident.language(), "report.category." + data.get(CATEGORY), data.get(CATEGORY));
		return List.of(Replies.text(texts.text(resident.language(), "report.received", number, category)));
	}

	/**
	 * The area the resident registered: the city's areas have no borders here to place
	 * the location in, and residents mostly report what they pass every day, near where
	 * they live. Staff see it as the resident's area.
	 */
	private static String registeredArea(Resident resident) {
		return resident.subscriber()
			.map(subscriber -> subscriber.preferences())
			.map(preferences -> preferences.area())
			.orElse(null);
	}

	private Message ask(String step, String language) {
		String question = texts.text(language, "report.ask." + step);
		List<Action> buttons = switch (step) {
			case CATEGORY -> properties.reportCategories()
				.stream()
				.map(code -> Replies.postback(texts.label(language, "report.category." + code, code),
						PostbackData.of(Topic.REPORT, "category", code)))
				.toList();
			case PHOTO -> List.of(new CameraAction(texts.text(language, "report.photo.camera")),
					new CameraRollAction(texts.text(language, "report.photo.roll")), Replies.postback(
							texts.text(language, "report.photo.skip"), PostbackData.of(Topic.REPORT, "no-photo")));
			case LOCATION -> List.of(new LocationAction(texts.text(language, "report.location.button")));
			default -> List.of(Replies.postback(texts.text(language, "report.comment.skip"),
					PostbackData.of(Topic.REPORT, "no-comment")));
		};
		return Replies.text(question, buttons);
	}

	private static Double number(String value) {
		return value == null ? null : Double.valueOf(value);
	}

}
