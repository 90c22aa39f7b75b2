package org.unionstats.intake;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StoredNameTests {

	private static final Instant MODIFIED = Instant.parse("2026-12-06T16:45:19Z");

	@Test
	void prefixesTheOriginalNameWithItsModificationTimeAndHash() {
		assertThat(StoredName.of(MODIFIED, "0123456789abcdef", "", "广安门外.xlsx"))
			.isEqualTo("20261206-164519-01234567-广安门外.xlsx");
	}

	@Test
	void shortensALongOriginalNameSoThatItsFeedbackFitsTheFileSystemKeepingTheExtension() {
		String original = "职".repeat(83) + ".xlsx";

		String stored = StoredName.of(MODIFIED, "0123456789abcdef", "d2-", original);

		assertThat(stored).startsWith("20261206-164519-01234567-d2-职").endsWith("职~.xlsx");
		assertThat(bytes(stored + ".校验结果.xlsx")).isLessThanOrEqualTo(255);
	}

	@Test
	void neverCutsACharacterInTwo() {
		String original = "😀".repeat(80) + ".xls";

		String stored = StoredName.shortened(original, 101);

		assertThat(bytes(stored)).isLessThanOrEqualTo(101);
		assertThat(stored).endsWith("😀~.xls").doesNotContain("\uFFFD");
		assertThat(stored.codePoints().filter((c) -> c >= 0xD800 && c <= 0xDFFF)).isEmpty();
	}

	@Test
	void tellsTheMarkOfAStoredName() {
		assertThat(StoredName.markOf(StoredName.of(MODIFIED, "0123456789abcdef", "d2-", "a.xlsx"), "a.xlsx"))
			.isEqualTo("d2");
		assertThat(StoredName.markOf(StoredName.of(MODIFIED, "0123456789abcdef", "", "d2-a.xlsx"), "d2-a.xlsx"))
			.isEmpty();
	}

	private static int bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8).length;
	}

}
