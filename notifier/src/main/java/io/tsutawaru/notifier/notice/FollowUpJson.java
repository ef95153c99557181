package io.tsutawaru.notifier.notice;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;
import io.tsutawaru.notifier.NoticeDraft;
import io.tsutawaru.notifier.NoticeView;

/**
 * A follow-up held for approval as JSON: what it will say once approved, and where it
 * stands.
 */
@Schema(name = "FollowUp",
		description = "A follow-up of a published notice written by PR staff and held until a second "
				+ "member of staff approves it; residents, the website and the CAP feed keep the published version until then.")
record FollowUpJson(@Schema(allowableValues = {
		"awaiting-approval", "returned" }) String status, String title, String body,
		@Schema(nullable = true) String link, Map<String, NoticeDraft.Translation> translations,
		@Schema(nullable = true) Instant expiresAt,
		@Schema(description = "Who wrote it; neither they nor the notice's author may approve it.") List<String> editedBy,
		Instant editedAt,
		@Schema(description = "The last return to its author (差し戻し).", nullable = true) NoticeView.Returned returned){

	static FollowUpJson of(NoticeView.FollowUp followUp) {
		if (followUp == null) {
			return null;
		}
		NoticeDraft d = followUp.draft();
		return new FollowUpJson(NoticeJson.word(followUp.state()), d.title(), d.body(), d.link(), d.translations(),
				d.expiresAt(), followUp.editedBy(), followUp.editedAt(), followUp.returned());
	}

}
