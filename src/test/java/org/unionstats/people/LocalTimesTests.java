package org.unionstats.people;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LocalTimesTests {

	private static final Instant UTC_1645 = Instant.parse("2026-12-06T16:45:19Z");

	@Test
	void showsATimeInTheConfiguredZoneAndNamesTheZone() {
		LocalTimes beijing = new LocalTimes(ZoneId.of("Asia/Shanghai"));

		assertThat(beijing.shown(UTC_1645)).isEqualTo("2026-12-07 00:45 (Asia/Shanghai, UTC+08:00)");
		assertThat(beijing.stamp(UTC_1645)).isEqualTo("20261207-0045");
	}

	@Test
	void aZoneThatIsAnOffsetIsNamedOnce() {
		assertThat(new LocalTimes(ZoneOffset.UTC).shown(UTC_1645)).isEqualTo("2026-12-06 16:45 (UTC+00:00)");
	}

}
