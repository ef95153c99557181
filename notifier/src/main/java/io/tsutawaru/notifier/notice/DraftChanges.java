package io.tsutawaru.notifier.notice;

import io.tsutawaru.notifier.NoticeDraft;

/**
 * How an edit relates to the notice it changes: what a follow-up may change, and whether
 * an edit changes anything.
 */
final class DraftChanges {

	private DraftChanges() {
	}

	/**
	 * Once a notice went out, a follow-up changes what it says, not to whom or where it
	 * goes.
	 */
	static NoticeDraft followUp(NoticeDraft published, NoticeDraft changes) {
		return new NoticeDraft(changes.title(), changes.body(), changes.link(), published.severity(),
				published.status(), published.topic(), published.channels(), published.segmentRule(),
				changes.translations(), published.areaNames(), published.areaCodes(), published.sendAt(),
				changes.expiresAt() == null ? published.expiresAt() : changes.expiresAt(), false, published.kind())
			.asking(published.confirmation(), published.escalateAfterMinutes());
	}

	/**
	 * Whether saving {@code changed} over {@code before} changes nothing: the same notice
	 * saved again keeps its approval.
	 */
	static boolean unchanged(NoticeDraft changed, NoticeDraft before) {
		return undrafted(changed).equals(undrafted(before));
	}

	private static NoticeDraft undrafted(NoticeDraft d) {
		return new NoticeDraft(d.title(), d.body(), d.link(), d.severity(), d.status(), d.topic(), d.channels(),
				d.segmentRule(), d.translations(), d.areaNames(), d.areaCodes(), d.sendAt(), d.expiresAt(), false,
				d.kind())
			.asking(d.confirmation(), d.escalateAfterMinutes());
	}

}
