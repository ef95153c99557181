package io.tsutawaru.shelters;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the national format's columns are in a file's header. Headers are matched as the
 * format writes them (全角 and 半角 spaces and a byte-order mark aside), since the lists are
 * published by many cities' tools with the same header; a list without a required column
 * is refused before anything is written.
 */
final class ShelterColumns {

	static final String CITY_CODE = "全国地方公共団体コード";

	static final String ID = "ID";

	static final String NAME = "名称";

	static final String KANA = "名称_カナ";

	static final String ADDRESS = "所在地_連結表記";

	static final String LATITUDE = "緯度";

	static final String LONGITUDE = "経度";

	static final String CAPACITY = "想定収容人数";

	/** Only the 指定緊急避難場所一覧 has it (whether the site is also a 指定避難所). */
	static final String ALSO_SHELTER = "指定避難所との重複";

	/** Only the 指定避難所一覧 has it. */
	static final String ALSO_SITE = "指定緊急避難場所との重複";

	private static final List<String> REQUIRED = List.of(ID, NAME, ADDRESS, LATITUDE, LONGITUDE);

	private final Map<String, Integer> positions;

	private final ListKind kind;

	private final int width;

	private ShelterColumns(Map<String, Integer> positions, ListKind kind, int width) {
		this.positions = positions;
		this.kind = kind;
		this.width = width;
	}

	static ShelterColumns of(List<String> header) {
		Map<String, Integer> positions = new HashMap<>();
		for (int i = 0; i < header.size(); i++) {
			String name = normalise(header.get(i));
			if (!name.isEmpty() && positions.putIfAbsent(name, i) != null) {
				throw new ShelterListRejectedException("the column " + name + " appears twice in the header");
			}
		}
		ListKind kind = positions.containsKey(ALSO_SITE) ? ListKind.SHELTER
				: positions.containsKey(ALSO_SHELTER)
						|| Arrays.stream(Hazard.values()).anyMatch(h -> positions.containsKey(h.header()))
								? ListKind.EVACUATION_SITE : ListKind.SHELTER;
		List<String> missing = new ArrayList<>(REQUIRED.stream().filter(c -> !positions.containsKey(c)).toList());
		if (kind == ListKind.EVACUATION_SITE) {
			// The 指定緊急避難場所一覧 is designated per hazard: without every flag column a site
			// would look unsuited.
			Arrays.stream(Hazard.values())
				.map(Hazard::header)
				.filter(c -> !positions.containsKey(c))
				.forEach(missing::add);
		}
		if (!missing.isEmpty()) {
			throw new ShelterListRejectedException("the header lacks the column(s) " + String.join(", ", missing)
					+ " of the national format (自治体標準オープンデータセット); it names: " + String.join(", ", header));
		}
		return new ShelterColumns(Map.copyOf(positions), kind, header.size());
	}

	ListKind kind() {
		return kind;
	}

	int width() {
		return width;
	}

	boolean has(String column) {
		return positions.containsKey(column);
	}

	/** The value, stripped; empty when the column is absent or the row is short. */
	String value(List<String> row, String column) {
		Integer position = positions.get(column);
		return position == null || position >= row.size() ? "" : row.get(position).strip();
	}

	private static String normalise(String name) {
		return name.replace("\uFEFF", "").replaceAll("[\\s\u3000]", "");
	}

}
