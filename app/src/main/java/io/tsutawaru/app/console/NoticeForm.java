package io.tsutawaru.app.console;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.tsutawaru.batch.BroadcastSchedules;
import io.tsutawaru.notifier.AlertStatus;
import io.tsutawaru.notifier.Channel;
import io.tsutawaru.notifier.Confirmation;
import io.tsutawaru.notifier.InvalidNoticeException;
import io.tsutawaru.notifier.NoticeDraft;
import io.tsutawaru.notifier.NoticeKind;
import io.tsutawaru.notifier.Severity;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * What the compose and emergency forms post. A mutable bean because Spring binds forms
 * into one; it becomes the notifier's immutable {@link NoticeDraft} at once. Staff enter
 * times as the city's wall clock (the zone passed in, the city clock's); the notifier
 * stores instants.
 */
public class NoticeForm {

	private String title = "";

	private String body = "";

	private String titleEn = "";

	private String bodyEn = "";

	private String titleEasy = "";

	private String bodyEasy = "";

	private String link = "";

	private String topic = "";

	private List<String> channels = new ArrayList<>(List.of("line", "email", "website"));

	private String segmentRule = "all";

	private List<String> areas = new ArrayList<>();

	private String when = "now";

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
	private LocalDateTime sendAt;

	/**
	 * For {@code when = "recurring"}: a {@link BroadcastSchedules.Frequency}, lower case.
	 */
	private String repeat = "weekly";

	@DateTimeFormat(pattern = "HH:mm", fallbackPatterns = "HH:mm:ss")
	private LocalTime repeatAt = LocalTime.of(9, 0);

	private String repeatWeekday = "monday";

	private Integer repeatDayOfMonth = 1;

	private String severity = "info";

	private String status = "actual";

	/**
	 * A {@link Confirmation}'s id: what the emergency screen asks residents; the compose
	 * form asks nothing.
	 */
	private String confirmation = Confirmation.NONE.id();

	/**
	 * Minutes without an answer before the alert goes out again on residents' other
	 * channels; null for never.
	 */
	private Integer escalateAfterMinutes;

	/**
	 * A {@link NoticeKind}'s id; the emergency screen's templates set it, the compose
	 * form leaves it general.
	 */
	private String kind = NoticeKind.GENERAL.id();

	/**
	 * The form filled with what a notice says, to edit it; its send time on the wall
	 * clock of {@code zone}.
	 */
	static NoticeForm of(NoticeDraft draft, ZoneId zone) {
		NoticeForm form = new NoticeForm();
		form.title = draft.title();
		form.body = draft.body();
		form.link = draft.link() == null ? "" : draft.link();
		form.topic = draft.topic() == null ? "" : draft.topic();
		form.channels = new ArrayList<>(draft.channels().stream().map(Channel::id).toList());
		form.segmentRule = draft.segmentRule();
		form.areas = new ArrayList<>(draft.areaNames());
		form.severity = draft.severity().name().toLowerCase(Locale.ROOT);
		form.status = draft.status().name().toLowerCase(Locale.ROOT);
		form.kind = draft.kind().id();
		form.confirmation = draft.confirmation().id();
		form.escalateAfterMinutes = draft.escalateAfterMinutes();
		NoticeDraft.Translation en = draft.translations().get("en");
		if (en != null) {
			form.titleEn = en.title();
			form.bodyEn = en.body();
		}
		NoticeDraft.Translation easy = draft.translations().get("easy-ja");
		if (easy != null) {
			form.titleEasy = easy.title();
			form.bodyEasy = easy.body();
		}
		if (draft.sendAt() != null) {
			form.when = "later";
			form.sendAt = LocalDateTime.ofInstant(draft.sendAt(), zone);
		}
		return form;
	}

	/**
	 * The notice the form describes, a later send time read on the wall clock of
	 * {@code zone}.
	 */
	NoticeDraft toDraft(ZoneId zone) {
		return draft("later".equals(when) && sendAt != null ? sendAt.atZone(zone).toInstant() : null);
	}

	/**
	 * The change of {@code before} the form describes. What the form does not show is
	 * kept as it was: a notice written through the API may carry area codes and an
	 * expiry, and an edit in the console must not drop them (an alert that should expire
	 * would stay on the website and the banner).
	 */
	NoticeDraft toChangeOf(NoticeDraft before, ZoneId zone) {
		NoticeDraft changed = toDraft(zone);
		return new NoticeDraft(changed.title(), changed.body(), changed.link(), changed.severity(), changed.status(),
				changed.topic(), changed.channels(), changed.segmentRule(), changed.translations(), changed.areaNames(),
				before.areaCodes(), changed.sendAt(), before.expiresAt(), changed.draft(), changed.kind())
			.asking(before.confirmation(), before.escalateAfterMinutes());
	}

	private NoticeDraft draft(Instant at) {
		Set<Channel> chosen = new LinkedHashSet<>();
		channels.forEach(channel -> chosen.add(choice(Channel.class, channel, "channel")));
		Map<String, NoticeDraft.Translation> translations = new LinkedHashMap<>();
		if (!titleEn.isBlank() || !bodyEn.isBlank()) {
			translations.put("en", new NoticeDraft.Translation(titleEn.strip(), bodyEn.strip()));
		}
		if (!titleEasy.isBlank() || !bodyEasy.isBlank()) {
			translations.put("easy-ja", new NoticeDraft.Translation(titleEasy.strip(), bodyEasy.strip()));
		}
		return new NoticeDraft(title.strip(), body.strip(), link.isBlank() ? null : link.strip(),
				choice(Severity.class, severity, "severity"), choice(AlertStatus.class, status, "status"),
				topic.isBlank() ? null : topic, chosen, segmentRule, translations, areas, List.of(), at, null, false,
				noticeKind())
			.asking(askedConfirmation(), escalateAfterMinutes);
	}

	private Confirmation askedConfirmation() {
		try {
			return Confirmation.of(confirmation == null ? Confirmation.NONE.id() : confirmation);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidNoticeException(InvalidNoticeException.Problem.UNKNOWN_CONFIRMATION, "confirmation", -1,
					confirmation);
		}
	}

	public String getConfirmation() {
		return confirmation;
	}

	public void setConfirmation(String confirmation) {
		this.confirmation = confirmation;
	}

	public Integer getEscalateAfterMinutes() {
		return escalateAfterMinutes;
	}

	public void setEscalateAfterMinutes(Integer escalateAfterMinutes) {
		this.escalateAfterMinutes = escalateAfterMinutes;
	}

	private NoticeKind noticeKind() {
		try {
			return NoticeKind.of(kind.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidNoticeException(InvalidNoticeException.Problem.UNKNOWN_KIND, "kind", -1, kind);
		}
	}

	/** Whether staff chose a recurring broadcast rather than one notice. */
	boolean recurring() {
		return "recurring".equals(when);
	}

	/**
	 * What every occurrence of a recurring broadcast says; checked by the notifier when
	 * each occurrence is made.
	 */
	BroadcastSchedules.Template toScheduleTemplate() {
		NoticeDraft draft = draft(null);
		return new BroadcastSchedules.Template(draft.title(), draft.body(), draft.link(), draft.topic(),
				draft.channels(), draft.segmentRule());
	}

	/**
	 * When a recurring broadcast repeats; only the day field its frequency needs is
	 * passed on.
	 */
	BroadcastSchedules.Recurrence toRecurrence() {
		BroadcastSchedules.Frequency frequency = choice(BroadcastSchedules.Frequency.class, repeat.replace('-', '_'),
				"repeat");
		if (repeatAt == null) {
			throw new InvalidNoticeException(InvalidNoticeException.Problem.TIME_OF_DAY_MISSING, "repeatAt", -1);
		}
		DayOfWeek weekday = frequency == BroadcastSchedules.Frequency.WEEKLY
				? choice(DayOfWeek.class, repeatWeekday, "repeatWeekday") : null;
		Integer dayOfMonth = frequency == BroadcastSchedules.Frequency.MONTHLY ? repeatDayOfMonth : null;
		return new BroadcastSchedules.Recurrence(frequency, repeatAt, weekday, dayOfMonth);
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = nonNull(title);
	}

	public String getBody() {
		return body;
	}

	public void setBody(String body) {
		this.body = nonNull(body);
	}

	public String getTitleEn() {
		return titleEn;
	}

	public void setTitleEn(String titleEn) {
		this.titleEn = nonNull(titleEn);
	}

	public String getBodyEn() {
		return bodyEn;
	}

	public void setBodyEn(String bodyEn) {
		this.bodyEn = nonNull(bodyEn);
	}

	public String getTitleEasy() {
		return titleEasy;
	}

	public void setTitleEasy(String titleEasy) {
		this.titleEasy = nonNull(titleEasy);
	}

	public String getBodyEasy() {
		return bodyEasy;
	}

	public void setBodyEasy(String bodyEasy) {
		this.bodyEasy = nonNull(bodyEasy);
	}

	public String getLink() {
		return link;
	}

	public void setLink(String link) {
		this.link = nonNull(link);
	}

	public String getTopic() {
		return topic;
	}

	public void setTopic(String topic) {
		this.topic = nonNull(topic);
	}

	public List<String> getChannels() {
		return channels;
	}

	public void setChannels(List<String> channels) {
		this.channels = channels == null ? new ArrayList<>() : channels;
	}

	public String getSegmentRule() {
		return segmentRule;
	}

	public void setSegmentRule(String segmentRule) {
		this.segmentRule = nonNull(segmentRule);
	}

	public List<String> getAreas() {
		return areas;
	}

	public void setAreas(List<String> areas) {
		this.areas = areas == null ? new ArrayList<>() : areas;
	}

	public String getWhen() {
		return when;
	}

	public void setWhen(String when) {
		this.when = nonNull(when);
	}

	public LocalDateTime getSendAt() {
		return sendAt;
	}

	public void setSendAt(LocalDateTime sendAt) {
		this.sendAt = sendAt;
	}

	public String getRepeat() {
		return repeat;
	}

	public void setRepeat(String repeat) {
		this.repeat = nonNull(repeat);
	}

	public LocalTime getRepeatAt() {
		return repeatAt;
	}

	public void setRepeatAt(LocalTime repeatAt) {
		this.repeatAt = repeatAt;
	}

	public String getRepeatWeekday() {
		return repeatWeekday;
	}

	public void setRepeatWeekday(String repeatWeekday) {
		this.repeatWeekday = nonNull(repeatWeekday);
	}

	public Integer getRepeatDayOfMonth() {
		return repeatDayOfMonth;
	}

	public void setRepeatDayOfMonth(Integer repeatDayOfMonth) {
		this.repeatDayOfMonth = repeatDayOfMonth;
	}

	public String getSeverity() {
		return severity;
	}

	public void setSeverity(String severity) {
		this.severity = nonNull(severity);
	}

	public String getKind() {
		return kind;
	}

	public void setKind(String kind) {
		this.kind = nonNull(kind);
	}

	public String getStatus() {
		return status;
	}

	public void setStatus(String status) {
		this.status = nonNull(status);
	}

	/**
	 * A value the form offers as a choice; anything else was not typed by staff, but is
	 * still a 400, not a 500.
	 */
	private static <E extends Enum<E>> E choice(Class<E> type, String word, String field) {
		try {
			return Enum.valueOf(type, word.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidNoticeException(InvalidNoticeException.Problem.UNKNOWN_VALUE, field, -1, field, word);
		}
	}

	private static String nonNull(String value) {
		return value == null ? "" : value;
	}

}
