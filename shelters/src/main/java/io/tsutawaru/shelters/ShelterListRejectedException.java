package io.tsutawaru.shelters;

/**
 * A shelter list that cannot be imported at all: unreadable, or its header lacks a column
 * the format requires.
 */
public class ShelterListRejectedException extends RuntimeException {

	public ShelterListRejectedException(String message) {
		super(message);
	}

}
