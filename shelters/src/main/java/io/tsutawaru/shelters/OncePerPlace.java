package io.tsutawaru.shelters;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Lets a shelter's name at a place through once: the two national lists often name the
 * same school.
 */
final class OncePerPlace implements Predicate<NearbyShelter> {

	private final Set<List<Object>> seen = new HashSet<>();

	@Override
	public boolean test(NearbyShelter nearby) {
		ListedShelter listed = nearby.shelter().listed();
		return seen
			.add(List.of(listed.name(), Math.round(listed.latitude() * 1e5), Math.round(listed.longitude() * 1e5)));
	}

}
