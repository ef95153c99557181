package io.tsutawaru.jma.template;

import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import io.tsutawaru.jma.JmaRule;
import io.tsutawaru.jma.rule.Decision;
import io.tsutawaru.jma.telegram.InfoType;
import io.tsutawaru.jma.telegram.Level;
import io.tsutawaru.jma.telegram.Telegram;
import io.tsutawaru.jma.telegram.TelegramArea;
import io.tsutawaru.jma.telegram.TelegramKind;
import io.tsutawaru.jma.telegram.TelegramStatus;
import io.tsutawaru.notifier.AlertStatus;
import io.tsutawaru.notifier.Channel;
import io.tsutawaru.notifier.NoticeDraft;
import io.tsutawaru.notifier.NoticeKind;
import io.tsutawaru.notifier.Severity;

/**
 * The notices a fired rule sends: per kind of telegram, a title and body in natural
 * Japanese with the area names, the levels and the time in the city's clock, and their
 * English and easy-Japanese translations. The words are in
 * {@code jma/notice-words_<language>.properties}.
 */
@Component
public class NoticeTemplates {

	private static final String TOPIC = "防災";

	private final Clock cityClock;

	public NoticeTemplates(Clock cityClock) {
		this.cityClock = cityClock;
	}

	/** The first notice of an event. */
	public NoticeDraft firstReport(Telegram telegram, Decision.Fire fire) {
		return fired(telegram, fire, "body.issued");
	}

	/**
	 * The update of an event's notice by a correction (訂正) or a later report of the same
	 * {@code EventID}.
	 */
	public NoticeDraft update(Telegram telegram, Decision.Fire fire) {
		return fired(telegram, fire, telegram.infoType() == InfoType.CORRECTED ? "body.corrected" : "body.updated");
	}

	/** The update of an event's notice saying that its warnings are lifted (解除). */
	public NoticeDraft lifted(Telegram telegram, Decision.Lift lift) {
		Level highest = lift.areas()
			.stream()
			.map(TelegramArea::level)
			.max(Comparator.comparingInt(Level::rank))
			.orElseThrow();
		Map<String, NoticeDraft.Translation> texts = new LinkedHashMap<>();
		for (String language : TemplateWords.LANGUAGES) {
			NoticeText text = new NoticeText(telegram, language, cityClock.getZone());
			texts.put(language, new NoticeDraft.Translation(text.title("title.lifted", highest, lift.areas()),
					text.body("body.lifted", highest, lift.areas(), false)));
		}
		return draft(telegram, lift.rule(), lift.areas(), texts, Severity.INFO, lift.exercise());
	}

	/**
	 * The reason given to {@code Notices.cancel} when JMA cancels (取消) the event's
	 * report, in Japanese.
	 */
	public String cancellationReason(Telegram telegram) {
		return new NoticeText(telegram, TemplateWords.JAPANESE, cityClock.getZone()).cancellationReason();
	}

	private NoticeDraft fired(Telegram telegram, Decision.Fire fire, String bodyKey) {
		Map<String, NoticeDraft.Translation> texts = new LinkedHashMap<>();
		for (String language : TemplateWords.LANGUAGES) {
			NoticeText text = new NoticeText(telegram, language, cityClock.getZone());
			texts.put(language, new NoticeDraft.Translation(text.title("title", fire.highest(), fire.areas()),
					text.body(bodyKey, fire.highest(), fire.areas(), true)));
		}
		Severity severity = NoticeText.emergency(fire.highest()) ? Severity.EMERGENCY : Severity.WARNING;
		return draft(telegram, fire.rule(), fire.areas(), texts, severity, fire.exercise());
	}

	private static NoticeDraft draft(Telegram telegram, JmaRule rule, List<TelegramArea> areas,
			Map<String, NoticeDraft.Translation> texts, Severity severity, boolean exercise) {
		NoticeDraft.Translation japanese = texts.remove(TemplateWords.JAPANESE);
		AlertStatus status = !exercise ? AlertStatus.ACTUAL
				: telegram.status() == TelegramStatus.TEST ? AlertStatus.TEST : AlertStatus.EXERCISE;
		Set<Channel> channels = rule.channels().isEmpty() ? Set.of(Channel.values()) : rule.channels();
		return new NoticeDraft(japanese.title(), japanese.body(), null, severity, status, TOPIC, channels,
				rule.segmentRule(), texts, areas.stream().map(TelegramArea::name).distinct().toList(), List.of(), null,
				null, rule.action() == JmaRule.Action.DRAFT, kind(telegram));
	}

	private static NoticeKind kind(Telegram telegram) {
		return switch (telegram.kind().orElse(TelegramKind.WEATHER_WARNING)) {
			case EARTHQUAKE_INTENSITY, EARTHQUAKE_INFORMATION -> NoticeKind.EARTHQUAKE;
			case TSUNAMI_WARNING -> NoticeKind.TSUNAMI;
			case WEATHER_WARNING -> NoticeKind.WEATHER_WARNING;
			case LANDSLIDE_ALERT -> NoticeKind.LANDSLIDE;
			case RIVER_FLOOD_FORECAST -> NoticeKind.FLOOD;
			case TORNADO_ALERT -> NoticeKind.TORNADO;
			case ERUPTION_FLASH -> NoticeKind.VOLCANO;
		};
	}

}
