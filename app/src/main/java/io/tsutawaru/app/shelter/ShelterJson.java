package io.tsutawaru.app.shelter;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.media.Schema;
import io.tsutawaru.shelters.Hazard;
import io.tsutawaru.shelters.ListedShelter;
import io.tsutawaru.shelters.Shelter;

/** A shelter as the API shows it. */
@Schema(name = "Shelter", description = "A shelter from the city's lists with its state.")
record ShelterJson(long id, @Schema(description = "evacuation-site (指定緊急避難場所) or shelter (指定避難所)") String list,
		@Schema(description = "The list's own ID") String listId, String name, String nameKana, String address,
		double latitude, double longitude,
		@Schema(description = "The 災害種別 it is designated for: flood, sediment, storm-surge, earthquake, tsunami, "
				+ "fire, inland-flood, volcano") List<String> hazards,
		Integer capacity, boolean open, @Schema(description = "vacant, crowded or full") String crowding,
		@Schema(description = "closed, vacant, crowded or full: open and crowding in one word") String state,
		String changedBy, Instant changedAt) {

	static ShelterJson of(Shelter shelter) {
		ListedShelter l = shelter.listed();
		return new ShelterJson(shelter.id(), id(l.kind().name()), l.sourceId(), l.name(), l.nameKana(), l.address(),
				l.latitude(), l.longitude(), l.hazards().stream().map(Hazard::name).map(ShelterJson::id).toList(),
				l.capacity(), shelter.open(), shelter.crowding().name().toLowerCase(Locale.ROOT),
				ShelterState.of(shelter).id(), shelter.changedBy(), shelter.changedAt());
	}

	private static String id(String constant) {
		return constant.toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
