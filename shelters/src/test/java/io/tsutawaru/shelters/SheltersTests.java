package io.tsutawaru.shelters;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The shelters table on H2 or the test PostgreSQL: a re-import updates by the list's own
 * id and keeps staff's state, the board's search, and the nearest open shelters for a
 * hazard.
 */
// A small pool that gives up quickly: an answer that kept its connection would exhaust it
// within the test.
@SpringBootTest(classes = ShelterTestApplication.class,
		properties = { "spring.datasource.hikari.maximum-pool-size=2",
				"spring.datasource.hikari.connection-timeout=2000" })
@ContextConfiguration(initializers = ShelterDatabase.class)
class SheltersTests {

	@Autowired
	ShelterImport imports;

	@Autowired
	Shelters shelters;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void empty() {
		jdbc.sql("DELETE FROM shelters").update();
	}

	@Test
	void aReimportUpdatesByTheListsIdAndKeepsWhetherStaffOpenedIt() {
		ShelterImport.Written first = imports.write(List.of(site("1", "本町小学校", 36.0, 138.0, Set.of(Hazard.FLOOD)),
				site("2", "北公園", 36.01, 138.0, Set.of())));
		assertThat(first).isEqualTo(new ShelterImport.Written(2, 0, 0));
		long id = byName("本町小学校").id();
		shelters.mark(id, true, Crowding.CROWDED, "emergency");

		ShelterImport.Written again = imports
			.write(List.of(site("1", "本町小学校（体育館）", 36.0005, 138.0, Set.of(Hazard.EARTHQUAKE)),
					site("2", "北公園", 36.01, 138.0, Set.of()), site("3", "南公園", 35.99, 138.0, Set.of())));
		assertThat(again).isEqualTo(new ShelterImport.Written(1, 1, 1));
		Shelter renamed = shelters.find(id).orElseThrow();
		assertThat(renamed.name()).isEqualTo("本町小学校（体育館）");
		assertThat(renamed.hazards()).containsExactly(Hazard.EARTHQUAKE);
		assertThat(renamed.open()).isTrue();
		assertThat(renamed.crowding()).isEqualTo(Crowding.CROWDED);
		assertThat(renamed.changedBy()).isEqualTo("emergency");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM shelters").query(Long.class).single()).isEqualTo(3);
	}

	@Test
	void theSameIdOnTheOtherListIsAnotherShelter() {
		ListedShelter site = site("1", "本町小学校", 36.0, 138.0, Set.of());
		ListedShelter shelter = new ListedShelter(ListKind.SHELTER, "999999", "1", "本町小学校", "", "本町1", 36.0, 138.0,
				Set.of(), 300);
		assertThat(imports.write(List.of(site, shelter))).isEqualTo(new ShelterImport.Written(2, 0, 0));
	}

	@Test
	void theBoardSearchesNameKanaAndAddressAndFiltersTheOpenOnes() {
		imports.write(List.of(site("1", "本町小学校", 36.0, 138.0, Set.of()), site("2", "北公園", 36.01, 138.0, Set.of()),
				site("3", "100%_公園", 36.02, 138.0, Set.of())));
		shelters.mark(byName("北公園").id(), true, Crowding.VACANT, "emergency");
		assertThat(shelters.search("小学", false)).extracting(Shelter::name).containsExactly("本町小学校");
		assertThat(shelters.search("カナ1", false)).extracting(Shelter::name).containsExactly("本町小学校");
		assertThat(shelters.search("", true)).extracting(Shelter::name).containsExactly("北公園");
		assertThat(shelters.search("%_", false)).extracting(Shelter::name).containsExactly("100%_公園");
		assertThatThrownBy(() -> shelters.mark(-1, true, Crowding.FULL, "emergency"))
			.isInstanceOf(UnknownShelterException.class);
	}

	@Test
	void theNearestAreOpenNotFullSuitedToTheHazardAndNamedOnce() {
		imports.write(List.of(site("1", "近いが閉鎖", 36.0001, 138.0, Set.of(Hazard.FLOOD)),
				site("2", "満員の学校", 36.0002, 138.0, Set.of(Hazard.FLOOD)),
				site("3", "地震だけ", 36.0003, 138.0, Set.of(Hazard.EARTHQUAKE)),
				site("4", "洪水 1 km", 36.009, 138.0, Set.of(Hazard.FLOOD)),
				site("5", "洪水 2 km", 36.018, 138.0, Set.of(Hazard.FLOOD)),
				site("6", "洪水 3 km", 36.027, 138.0, Set.of(Hazard.FLOOD)),
				site("7", "洪水 4 km", 36.036, 138.0, Set.of(Hazard.FLOOD)), new ListedShelter(ListKind.SHELTER, "999999",
						"4", "洪水 1 km", "", "本町", 36.009, 138.0, Set.of(Hazard.FLOOD), 10)));
		for (Shelter s : shelters.search("", false)) {
			if (!s.name().equals("近いが閉鎖")) {
				shelters.mark(s.id(), true, s.name().equals("満員の学校") ? Crowding.FULL : Crowding.VACANT, "emergency");
			}
		}
		List<NearbyShelter> flood = shelters.nearest(36.0, 138.0, Optional.of(Hazard.FLOOD), 3);
		assertThat(flood).extracting(n -> n.shelter().name()).containsExactly("洪水 1 km", "洪水 2 km", "洪水 3 km");
		assertThat(flood.getFirst().metres()).isBetween(995.0, 1005.0);
		assertThat(shelters.nearest(36.0, 138.0, Optional.empty(), 3)).extracting(n -> n.shelter().name())
			.containsExactly("地震だけ", "洪水 1 km", "洪水 2 km");
		assertThat(shelters.nearest(36.0, 138.0, Optional.of(Hazard.VOLCANO), 3)).isEmpty();
	}

	@Test
	void answersOneAfterAnotherHoldNoConnection() {
		imports.write(List.of(site("1", "本町小学校", 36.0, 138.0, Set.of())));
		shelters.mark(byName("本町小学校").id(), true, Crowding.VACANT, "emergency");
		for (int i = 0; i < 10; i++) {
			assertThat(shelters.nearest(36.0, 138.0, Optional.empty(), 3)).hasSize(1);
			assertThat(imports.write(List.of(site("1", "本町小学校", 36.0, 138.0, Set.of()))))
				.isEqualTo(new ShelterImport.Written(0, 0, 1));
		}
	}

	private Shelter byName(String name) {
		return shelters.search("", false).stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
	}

	static ListedShelter site(String id, String name, double lat, double lon, Set<Hazard> hazards) {
		return new ListedShelter(ListKind.EVACUATION_SITE, "999999", id, name, "カナ" + id, "本町" + id, lat, lon, hazards,
				null);
	}

}
