package org.unionstats.workbook;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Characters a PostgreSQL text column cannot hold, found and replaced.
 */
class TextCharactersTests {

	@Test
	void findsNulOtherControlCharactersAndBrokenSurrogatePairs() {
		assertThat(TextCharacters.firstUnstorable("ab\u0000c")).isEqualTo(2);
		assertThat(TextCharacters.firstUnstorable("\u001Bx")).isZero();
		assertThat(TextCharacters.firstUnstorable("x\uD83D")).isEqualTo(1);
		assertThat(TextCharacters.firstUnstorable("x\uDE00y")).isEqualTo(1);
	}

	@Test
	void acceptsTabsLineBreaksAndWholeSurrogatePairs() {
		assertThat(TextCharacters.firstUnstorable("a\tb\r\nc")).isEqualTo(-1);
		assertThat(TextCharacters.firstUnstorable("工会\uD83D\uDE00")).isEqualTo(-1);
	}

	@Test
	void countsPositionsAsAPersonCountsCharacters() {
		String text = "\uD83D\uDE00工\u0000";
		assertThat(TextCharacters.position(text, TextCharacters.firstUnstorable(text))).isEqualTo(3);
	}

	@Test
	void replacesEachUnstorableCharacterWithTheReplacementCharacter() {
		assertThat(TextCharacters.sanitize("a\u0000b\uD83D\tc\uD83D\uDE00")).isEqualTo("a\uFFFDb\uFFFD\tc\uD83D\uDE00");
		assertThat(TextCharacters.sanitize(null)).isNull();
	}

}
