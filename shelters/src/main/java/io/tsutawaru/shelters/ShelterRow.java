package io.tsutawaru.shelters;

/** One row of a shelter list: a shelter to import, or why the row cannot be imported. */
public sealed interface ShelterRow {

	/** The line of the file the row starts on (the header is line 1). */
	long line();

	/** A row that passed every check. */
	record Accepted(long line, ListedShelter shelter) implements ShelterRow {
	}

	/** A row left out, with the reason staff read in the import's report. */
	record Rejected(long line, String reason) implements ShelterRow {
	}

}
