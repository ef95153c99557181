package io.tsutawaru.app.audit;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page showing hundreds of reports (its list and its map) is recorded whole, over as
 * many rows as it takes.
 */
class PersonalDataReadsRowsTests {

	@Test
	void splitsManySubjectsIntoRowsThatFitWithoutCuttingOne() {
		List<String> subjects = IntStream.range(0, 600).mapToObj(i -> "report:R-%07d".formatted(i)).toList();

		List<String> rows = PersonalDataReads.rows(subjects);

		assertThat(rows).hasSizeGreaterThan(1)
			.allSatisfy(row -> assertThat(row.length()).isLessThanOrEqualTo(PersonalDataReads.SUBJECTS_PER_ROW));
		assertThat(rows.stream().flatMap(row -> List.of(row.split(",")).stream()).toList()).isEqualTo(subjects);
	}

	@Test
	void recordsAReadingOfNothingAsOneEmptyRow() {
		assertThat(PersonalDataReads.rows(List.of())).containsExactly("");
		assertThat(PersonalDataReads.rows(List.of("handoff:1"))).containsExactly("handoff:1");
	}

}
