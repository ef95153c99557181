package io.tsutawaru.notifier.notice;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import io.tsutawaru.notifier.NoticeDraft;
import io.tsutawaru.notifier.NoticeView;

/** A notice as JSON: lower-case words, channels keyed by their ids. */
final class NoticeJson {

	private NoticeJson() {
	}

	static Map<String, Object> of(NoticeView notice) {
		NoticeDraft d = notice.draft();
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("id", notice.id());
		json.put("status", word(notice.state()));
		json.put("alertStatus", word(d.status()));
		json.put("severity", word(d.severity()));
		json.put("title", d.title());
		json.put("body", d.body());
		json.put("link", d.link());
		json.put("topic", d.topic());
		json.put("segmentRule", d.segmentRule());
		json.put("translations", d.translations());
		json.put("areaNames", d.areaNames());
		json.put("areaCodes", d.areaCodes());
		json.put("sendAt", d.sendAt());
		json.put("expiresAt", d.expiresAt());
		json.put("revision", notice.revision());
		json.put("createdBy", notice.createdBy());
		json.put("approvedBy", notice.approvedBy());
		json.put("sentAt", notice.sentAt());
		if (notice.audience() != null) {
			json.put("audience", Map.of("line", notice.audience().line(), "email", notice.audience().email(),
					"residents", notice.audience().residents()));
		}
		Map<String, Object> channels = new LinkedHashMap<>();
		d.channels().stream().sorted().forEach(channel -> {
			var progress = notice.channels().getOrDefault(channel, new NoticeView.ChannelProgress(0, 0, 0));
			channels.put(channel.id(), Map.of("planned", progress.planned(), "sent", progress.sent(), "failed", progress.failed()));
		});
		json.put("channels", channels);
		return json;
	}

	static String word(Enum<?> value) {
		return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
