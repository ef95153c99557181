package io.tsutawaru.bot.shelter;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.linecorp.bot.messaging.model.LocationAction;
import com.linecorp.bot.messaging.model.Message;
import io.tsutawaru.bot.conversation.Conversation;
import io.tsutawaru.bot.conversation.Incoming;
import io.tsutawaru.bot.conversation.Replies;
import io.tsutawaru.bot.conversation.Resident;
import io.tsutawaru.bot.conversation.ResidentTexts;
import io.tsutawaru.bot.conversation.Topic;
import io.tsutawaru.shelters.Hazard;
import io.tsutawaru.shelters.NearbyShelter;
import io.tsutawaru.shelters.Shelters;

import org.springframework.stereotype.Component;

/**
 * 近くの避難所: the rich menu's button ({@code c=shel&a=start}) or the typed word asks for the
 * resident's location with LINE's location button; a location sent outside another dialog
 * is answered with the three nearest open shelters that suit the current hazard, with the
 * distance and a map link, in the resident's language. No dialog is kept: a location is
 * enough, whenever it comes.
 */
@Component
class ShelterConversation implements Conversation {

	static final int NEAREST = 3;

	private final Shelters shelters;

	private final CurrentHazard hazard;

	private final ResidentTexts texts;

	ShelterConversation(Shelters shelters, CurrentHazard hazard, ResidentTexts texts) {
		this.shelters = shelters;
		this.hazard = hazard;
		this.texts = texts;
	}

	@Override
	public Topic topic() {
		return Topic.SHELTER;
	}

	@Override
	public boolean startsWith(String text) {
		return texts.isCommand("shelter", text);
	}

	@Override
	public List<Message> handle(Incoming incoming, Resident resident) {
		String language = resident.language();
		if (incoming instanceof Incoming.Location location) {
			return List.of(nearest(location, language));
		}
		return List.of(Replies.text(texts.text(language, "shelter.ask"),
				List.of(new LocationAction(texts.text(language, "shelter.location.button")))));
	}

	private Message nearest(Incoming.Location location, String language) {
		Optional<Hazard> current = hazard.now();
		List<NearbyShelter> found = shelters.nearest(location.latitude(), location.longitude(), current, NEAREST);
		if (found.isEmpty()) {
			return Replies.text(texts.text(language, current.isPresent() ? "shelter.none.hazard" : "shelter.none",
					current.map(h -> texts.text(language, "shelter.hazard." + h.name())).orElse("")));
		}
		StringBuilder reply = new StringBuilder(current
			.map(h -> texts.text(language, "shelter.found.hazard", texts.text(language, "shelter.hazard." + h.name())))
			.orElseGet(() -> texts.text(language, "shelter.found")));
		for (int i = 0; i < found.size(); i++) {
			NearbyShelter nearby = found.get(i);
			var listed = nearby.shelter().listed();
			reply.append("\n\n").append(i + 1).append(". ").append(listed.name());
			reply.append("\n").append(texts.text(language, "shelter.crowding." + nearby.shelter().crowding().name()));
			reply.append(" · ").append(distance(nearby.metres(), language));
			reply.append("\n").append(listed.address());
			reply.append("\n").append(MapLink.to(listed.latitude(), listed.longitude()));
		}
		reply.append("\n\n").append(texts.text(language, "shelter.caution"));
		return Replies.text(Replies.split(reply.toString(), 1).getFirst());
	}

	/**
	 * Walking distances: metres under a kilometre (rounded to 10 m), else kilometres with
	 * one decimal.
	 */
	private String distance(double metres, String language) {
		if (metres < 1000) {
			return texts.text(language, "shelter.metres", Math.max(10, Math.round(metres / 10) * 10));
		}
		return texts.text(language, "shelter.kilometres", String.format(Locale.ROOT, "%.1f", metres / 1000));
	}

}
