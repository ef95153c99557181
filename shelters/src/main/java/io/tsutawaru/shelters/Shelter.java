package io.tsutawaru.shelters;

import java.time.Instant;
import java.util.Set;

/**
 * One shelter with its state.
 *
 * @param id the service's id
 * @param listed what the city's list says about it
 * @param open whether staff opened it
 * @param crowding how full it is, as staff last said
 * @param changedBy who last opened, closed or marked it, or null
 * @param changedAt when, or null
 */
public record Shelter(long id, ListedShelter listed, boolean open, Crowding crowding, String changedBy,
		Instant changedAt) {

	/** The shelter's name. */
	public String name() {
		return listed.name();
	}

	/** Whether the list designates it for the hazard. */
	public boolean suits(Hazard hazard) {
		return listed.hazards().contains(hazard);
	}

	/** The hazards it is designated for. */
	public Set<Hazard> hazards() {
		return listed.hazards();
	}

}
