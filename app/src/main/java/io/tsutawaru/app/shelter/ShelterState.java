package io.tsutawaru.app.shelter;

import java.util.Arrays;
import java.util.Locale;

import io.tsutawaru.shelters.Crowding;
import io.tsutawaru.shelters.Shelter;

/**
 * A shelter's state as staff choose it in one action: closed, or open and vacant, crowded
 * or full. The API, the console's board and the public page use these ids
 * ({@code closed}, {@code vacant}, {@code crowded}, {@code full}).
 */
public enum ShelterState {

	CLOSED(false, Crowding.VACANT), VACANT(true, Crowding.VACANT), CROWDED(true, Crowding.CROWDED),
	FULL(true, Crowding.FULL);

	private final boolean open;

	private final Crowding crowding;

	ShelterState(boolean open, Crowding crowding) {
		this.open = open;
		this.crowding = crowding;
	}

	/** Whether the shelter is open in this state. */
	public boolean open() {
		return open;
	}

	/** How crowded (vacant when closed). */
	public Crowding crowding() {
		return crowding;
	}

	/** The lower-case id, e.g. {@code crowded}. */
	public String id() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The state a shelter is in. */
	public static ShelterState of(Shelter shelter) {
		return !shelter.open() ? CLOSED : switch (shelter.crowding()) {
			case VACANT -> VACANT;
			case CROWDED -> CROWDED;
			case FULL -> FULL;
		};
	}

	/** The crowding of an open shelter, by its id. */
	public static Crowding crowding(String id) {
		return Arrays.stream(Crowding.values())
			.filter(c -> c.name().toLowerCase(Locale.ROOT).equals(id))
			.findFirst()
			.orElseThrow(() -> new InvalidShelterStatusException("crowding", "must be vacant, crowded or full"));
	}

	/** The state by its id. */
	public static ShelterState ofId(String id) {
		return Arrays.stream(values())
			.filter(s -> s.id().equals(id))
			.findFirst()
			.orElseThrow(() -> new InvalidShelterStatusException("state", "must be closed, vacant, crowded or full"));
	}

}
