package org.unionstats.database;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.flywaydb.core.internal.resolver.ChecksumCalculator;
import org.flywaydb.core.internal.resource.StringResource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The checksum that tells an applied migration from a changed one is Flyway's own, for
 * scripts with every kind of line break, a byte order mark and text that is not ASCII.
 */
class MigrationsUpToDateTests {

	@Test
	void checksumIsFlywaysForEveryKindOfScript() {
		List<String> scripts = List.of("", "SELECT 1;", "SELECT 1;\n", "CREATE TABLE t (id int);\nSELECT 1;\n\n",
				"a\r\nb\r\n", "a\rb\rc", "a\n\r\nb\r\r\n", "\uFEFFSELECT 1;\nSELECT 2;",
				"COMMENT ON TABLE t IS '街道 工会';\n-- 天桥\r\n", "\n\n\n");

		for (String script : scripts) {
			assertThat(MigrationsUpToDate.checksum(script.getBytes(StandardCharsets.UTF_8))).as(script)
				.isEqualTo(ChecksumCalculator.calculate(new StringResource(script)));
		}
	}

}
