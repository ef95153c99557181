package io.tsutawaru.notifier.notice;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import io.tsutawaru.notifier.Audience;
import io.tsutawaru.notifier.NoticeDraft;
import io.tsutawaru.notifier.NoticeView;
import io.tsutawaru.notifier.NoticeView.ChannelProgress;

/**
 * A notice as JSON: lower-case words, channels keyed by their ids. A record rather than a
 * map so that the OpenAPI document describes exactly what is sent.
 */
@Schema(name = "Notice", description = "A notice as staff see it: what it says, where it is in its life, and "
		+ "delivery counts per channel.")
record NoticeJson(long id, @Schema(description = "Place in the lifecycle.", allowableValues = {
		"draft", "awaiting-approval", "returned", "scheduled", "sending", "sent", "partly-failed",
		"cancelled" }) String status,
		@Schema(description = "CAP status.", allowableValues = { "actual", "exercise", "test" }) String alertStatus,
		@Schema(allowableValues = { "info", "warning", "emergency" }) String severity,
		@Schema(description = "What the notice is.",
				allowableValues = { "general", "evacuation-order", "elderly-evacuation", "shelter-open",
						"weather-warning", "water-outage", "earthquake", "tsunami", "volcano", "landslide", "flood",
						"tornado" }) String kind,
		String title, String body, @Schema(nullable = true) String link, @Schema(nullable = true) String topic,
		String segmentRule,
		@Schema(description = "Title and body per language (en, easy-ja).") Map<String, NoticeDraft.Translation> translations,
		List<String> areaNames, List<String> areaCodes, @Schema(nullable = true) Instant sendAt,
		@Schema(nullable = true) Instant expiresAt,
		@Schema(description = "What residents are asked to answer.",
				allowableValues = { "none", "acknowledge", "safety" }) String confirmation,
		@Schema(description = "Minutes without an answer before the notice reaches a resident on their other channels.",
				nullable = true) Integer escalateAfterMinutes,
		@Schema(description = "Published versions: 0 before sending; each update and the cancellation add one.") int revision,
		String createdBy, @Schema(nullable = true) String approvedBy, @Schema(nullable = true) Instant sentAt,
		@Schema(description = "Residents the segment rule reached when the notice was planned (or would reach, "
				+ "before); absent when not yet counted.") @JsonInclude(JsonInclude.Include.NON_NULL) Audience audience,
		@Schema(description = "Delivery counts keyed by channel id (line, email, website, cap, lalert, radio), for "
				+ "the channels the notice goes to.") Map<String, ChannelProgress> channels,
		@Schema(description = "Who changed the notice since it was last approved; neither they nor createdBy may "
				+ "approve it.") List<String> editedBy,
		@Schema(description = "The last return to its author (差し戻し), until the notice is approved.",
				nullable = true) NoticeView.Returned returned,
		@Schema(description = "A follow-up of the published notice held for approval.",
				nullable = true) FollowUpJson followUp,
		@Schema(description = "Delivery counts keyed by channel id of the notice sent again to residents who had "
				+ "not answered (escalateAfterMinutes), apart from channels, which count the first send; planned "
				+ "leaves out residents who answered before their batch went out. Empty before an escalation.") Map<String, ChannelProgress> escalation){

	static NoticeJson of(NoticeView notice) {
		NoticeDraft d = notice.draft();
		Map<String, ChannelProgress> channels = new LinkedHashMap<>();
		d.channels()
			.stream()
			.sorted()
			.forEach(channel -> channels.put(channel.id(),
					notice.channels().getOrDefault(channel, new ChannelProgress(0, 0, 0))));
		Map<String, ChannelProgress> escalation = new LinkedHashMap<>();
		notice.escalation().forEach((channel, progress) -> escalation.put(channel.id(), progress));
		return new NoticeJson(notice.id(), word(notice.state()), word(d.status()), word(d.severity()), d.kind().id(),
				d.title(), d.body(), d.link(), d.topic(), d.segmentRule(), d.translations(), d.areaNames(),
				d.areaCodes(), d.sendAt(), d.expiresAt(), d.confirmation().id(), d.escalateAfterMinutes(),
				notice.revision(), notice.createdBy(), notice.approvedBy(), notice.sentAt(), notice.audience(),
				channels, notice.editedBy(), notice.returned(), FollowUpJson.of(notice.followUp()), escalation);
	}

	static String word(Enum<?> value) {
		return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
