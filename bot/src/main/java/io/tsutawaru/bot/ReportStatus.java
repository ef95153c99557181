package io.tsutawaru.bot;

/** Where a resident's report stands; every change is pushed to the resident. */
public enum ReportStatus {

	/** Submitted by the resident, not yet looked at. */
	RECEIVED,
	/** A department is working on it. */
	IN_PROGRESS,
	/** Fixed or otherwise dealt with. */
	RESOLVED,
	/** Not for the city to act on (e.g. private land); staff explain why in the note. */
	DECLINED

}
