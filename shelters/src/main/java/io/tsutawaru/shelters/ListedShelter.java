package io.tsutawaru.shelters;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * A shelter as one row of the national list describes it.
 *
 * @param kind the list it is on
 * @param cityCode 全国地方公共団体コード (6 digits), empty when the list leaves it out
 * @param sourceId ID: the list's own id, which a later list keeps for the same place
 * @param name 名称
 * @param nameKana 名称_カナ, empty when not given
 * @param address 所在地_連結表記
 * @param latitude 緯度 (WGS 84)
 * @param longitude 経度 (WGS 84)
 * @param hazards the 災害種別 flagged 1
 * @param capacity 想定収容人数, or null when not given
 */
public record ListedShelter(ListKind kind, String cityCode, String sourceId, String name, String nameKana,
		String address, double latitude, double longitude, Set<Hazard> hazards, Integer capacity) {

	public ListedShelter {
		// An EnumSet keeps the format's order of the hazards wherever they are listed.
		hazards = Collections
			.unmodifiableSet(hazards.isEmpty() ? EnumSet.noneOf(Hazard.class) : EnumSet.copyOf(hazards));
	}

}
