package io.tsutawaru.infrastructure.line;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** LINE's length limits, met without cutting a character in half. */
class LineTextsTests {

	@Test
	void abbreviateKeepsShortTextsAndCutsOnlyAtCharacterBoundaries() {
		assertThat(LineTexts.abbreviate("短い", 5)).isEqualTo("短い");
		assertThat(LineTexts.abbreviate("ab😀cd", 4)).isEqualTo("ab…");
		assertThat(LineTexts.abbreviate("abc😀d", 5)).isEqualTo("abc…");
		assertThat(LineTexts.abbreviate("🇯🇵🇯🇵", 6)).isEqualTo("🇯🇵…");
		assertThat(LineTexts.cut("ab😀cd", 3)).isEqualTo(2);
	}

}
