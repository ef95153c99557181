package io.tsutawaru.shelters;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reading the national lists: encodings, the header, each row's checks with its line. */
class ShelterListTests {

	static final String GOOD = Lists.site("1", "つたわる小学校", "ツタワルショウガッコウ", "つたわる市本町1-1", "36.1", "137.9", "1,,,1,,1,,",
			"350");

	@Test
	void aListIsReadInUtf8WithOrWithoutBomAndInShiftJis() {
		String text = Lists.SITE_HEADER + "\r\n" + GOOD + "\r\n";
		for (Path file : List.of(Lists.write(text, StandardCharsets.UTF_8, false),
				Lists.write(text, StandardCharsets.UTF_8, true),
				Lists.write(text, Charset.forName("windows-31j"), false))) {
			List<ShelterRow> rows = read(file);
			assertThat(rows).singleElement().isInstanceOfSatisfying(ShelterRow.Accepted.class, row -> {
				assertThat(row.line()).isEqualTo(2);
				ListedShelter s = row.shelter();
				assertThat(s.kind()).isEqualTo(ListKind.EVACUATION_SITE);
				assertThat(s.name()).isEqualTo("つたわる小学校");
				assertThat(s.nameKana()).isEqualTo("ツタワルショウガッコウ");
				assertThat(s.address()).isEqualTo("つたわる市本町1-1");
				assertThat(s.latitude()).isEqualTo(36.1);
				assertThat(s.longitude()).isEqualTo(137.9);
				assertThat(s.hazards()).containsExactly(Hazard.FLOOD, Hazard.EARTHQUAKE, Hazard.FIRE);
				assertThat(s.capacity()).isEqualTo(350);
				assertThat(s.cityCode()).isEqualTo("999999");
				assertThat(s.sourceId()).isEqualTo("1");
			});
		}
	}

	@Test
	void eachBadRowIsRejectedWithItsLineAndTheColumnToFix() {
		String text = String.join("\n", Lists.SITE_HEADER, GOOD,
				Lists.site("2", "", "", "本町2", "36.1", "137.9", ",,,,,,,", ""),
				Lists.site("3", "北公園", "", "本町3", "137.9", "36.1", ",,,,,,,", ""),
				Lists.site("4", "南公園", "", "本町4", "北緯36度", "137.9", ",,,,,,,", ""),
				Lists.site("5", "東公園", "", "本町5", "36.1", "137.9", "○,,,,,,,", ""),
				Lists.site("6", "西公園", "", "本町6", "36.1", "137.9", ",,,,,,,", "約300"), "1,2,3", "",
				Lists.site("7", "中央公園", "", "", "36.1", "137.9", ",,,,,,,", ""),
				Lists.site("8", "\"河川敷", "", "本町8", "36.1", "137.9", ",,,,,,,", ""), GOOD) + "\n";
		List<ShelterRow> rows = read(Lists.write(text, StandardCharsets.UTF_8, false));
		assertThat(rows).extracting(ShelterRow::line).containsExactly(2L, 3L, 4L, 5L, 6L, 7L, 8L, 10L, 11L);
		assertThat(rows.getFirst()).isInstanceOf(ShelterRow.Accepted.class);
		assertThat(rows.subList(1, rows.size()))
			.allSatisfy(row -> assertThat(row).isInstanceOf(ShelterRow.Rejected.class));
		assertThat(reasons(rows)).containsExactly("名称 is empty; the national format requires it",
				"緯度 must be within ±90 and 経度 within ±180; they look swapped",
				"緯度 must be a decimal number of degrees such as 35.6812, not '北緯36度'",
				"災害種別_洪水 must be 1 (designated) or empty, not '○'",
				"想定収容人数 must be a number of people such as 350, not '約300'", "the row has 3 fields, the header has 39",
				"所在地_連結表記 is empty; the national format requires it",
				"a quote opens a field that is never closed properly (a quote inside a field is written as two quotes \"\"); "
						+ "the file was not read past this line");
	}

	@Test
	void aHeaderWithoutTheFormatsColumnsIsRefusedBeforeAnyRow() {
		Path file = Lists.write("name,lat,lon\n小学校,36.1,137.9\n", StandardCharsets.UTF_8, false);
		assertThatThrownBy(() -> ShelterList.open(file)).isInstanceOf(ShelterListRejectedException.class)
			.hasMessageContaining("ID, 名称, 所在地_連結表記, 緯度, 経度");
		Path noFlags = Lists.write("ID,名称,所在地_連結表記,緯度,経度,指定避難所との重複\n", StandardCharsets.UTF_8, false);
		assertThatThrownBy(() -> ShelterList.open(noFlags)).hasMessageContaining("災害種別_洪水");
		assertThatThrownBy(() -> ShelterList.open(Lists.write("", StandardCharsets.UTF_8, false)))
			.hasMessageContaining("empty");
	}

	@Test
	void theShelterListIsToldApartByItsHeaderAndNeedsNoHazardColumns() {
		Path file = Lists.write("全国地方公共団体コード,ID,名称,名称_カナ,所在地_連結表記,緯度,経度,指定緊急避難場所との重複,想定収容人数\n"
				+ "999999,S1,つたわる市体育館,,本町9,36.2,137.95,1,\n", StandardCharsets.UTF_8, false);
		try (ShelterList list = ShelterList.open(file)) {
			assertThat(list.kind()).isEqualTo(ListKind.SHELTER);
			ShelterRow row = list.next();
			assertThat(row).isInstanceOfSatisfying(ShelterRow.Accepted.class,
					r -> assertThat(r.shelter().hazards()).isEqualTo(Set.of()));
		}
	}

	@Test
	void brokenBytesRejectTheirRowOnly() {
		byte[] good = (Lists.SITE_HEADER + "\n" + GOOD + "\n").getBytes(StandardCharsets.UTF_8);
		byte[] bad = Lists.site("9", "X", "", "Y", "36", "137", ",,,,,,,", "").getBytes(StandardCharsets.UTF_8);
		bad[new String(bad, StandardCharsets.ISO_8859_1).indexOf('X')] = (byte) 0xFF;
		byte[] all = new byte[good.length + bad.length + 1];
		System.arraycopy(good, 0, all, 0, good.length);
		System.arraycopy(bad, 0, all, good.length, bad.length);
		all[all.length - 1] = '\n';
		Path file = Lists.write(new String(all, StandardCharsets.ISO_8859_1), StandardCharsets.ISO_8859_1, false);
		List<ShelterRow> rows = read(file);
		assertThat(rows).hasSize(2);
		assertThat(rows.get(1)).isInstanceOfSatisfying(ShelterRow.Rejected.class,
				r -> assertThat(r.reason()).contains("broken characters"));
	}

	static List<ShelterRow> read(Path file) {
		List<ShelterRow> rows = new ArrayList<>();
		try (ShelterList list = ShelterList.open(file)) {
			list.forEachRemaining(rows::add);
		}
		return rows;
	}

	static List<String> reasons(List<ShelterRow> rows) {
		return rows.stream()
			.filter(ShelterRow.Rejected.class::isInstance)
			.map(r -> ((ShelterRow.Rejected) r).reason())
			.toList();
	}

}
