package org.unionstats.intake;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import org.unionstats.people.LocalTimes;

import static org.assertj.core.api.Assertions.assertThat;

class FeedbackNameTests {

	private static final Instant MODIFIED = Instant.parse("2026-12-06T16:45:19Z");

	private static final String SHA256 = "0123456789abcdef".repeat(4);

	private static final LocalTimes BEIJING = new LocalTimes(ZoneId.of("Asia/Shanghai"));

	@Test
	void leadsWithTheOriginalNameThenTheLocalTimeAndTheHash() {
		String original = "广安门外街道-2018.xlsx";
		String stored = StoredName.of(MODIFIED, SHA256, "", original);

		assertThat(FeedbackName.of(original, stored, SHA256, MODIFIED, BEIJING))
			.isEqualTo("广安门外街道-2018.xlsx.校验结果.20261207-0045-01234567");
	}

	@Test
	void aDuplicateOfTheSameNameAndMinuteGetsItsOwnName() {
		String original = "广安门外街道-2018.xlsx";
		String first = FeedbackName.of(original, StoredName.of(MODIFIED, SHA256, "", original), SHA256, MODIFIED,
				BEIJING);

		String second = FeedbackName.of(original, StoredName.of(MODIFIED, SHA256, "d1-", original), SHA256, MODIFIED,
				BEIJING);

		assertThat(second).isEqualTo("广安门外街道-2018.xlsx.校验结果.20261207-0045-01234567-d1").isNotEqualTo(first);
	}

	@Test
	void anOriginalNameThatLooksLikeAMarkIsNoMark() {
		String original = "d2-报表.xlsx";

		assertThat(FeedbackName.of(original, StoredName.of(MODIFIED, SHA256, "", original), SHA256, MODIFIED, BEIJING))
			.isEqualTo("d2-报表.xlsx.校验结果.20261207-0045-01234567");
		assertThat(
				FeedbackName.of(original, StoredName.of(MODIFIED, SHA256, "d3-", original), SHA256, MODIFIED, BEIJING))
			.endsWith("-01234567-d3");
	}

	@Test
	void aLongOriginalNameIsShortenedSoThatEveryFeedbackFileFitsTheFileSystem() {
		String original = "职".repeat(83) + ".xlsx";
		String stored = StoredName.of(MODIFIED, SHA256, "d12-", original);

		String name = FeedbackName.of(original, stored, SHA256, MODIFIED, BEIJING);

		assertThat(name).startsWith("职职职").contains("职~.xlsx.校验结果.").endsWith("-01234567-d12");
		for (String extension : new String[] { ".xlsx", ".xls", ".json" }) {
			assertThat((name + extension).getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(255);
		}
	}

}
