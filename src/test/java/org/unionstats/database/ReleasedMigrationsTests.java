package org.unionstats.database;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A migration once released is never edited again: every database that applied it would
 * refuse to start (Flyway validates checksums) or, worse, differ from a new one. A change
 * goes in a new migration. A new migration is recorded in
 * {@code src/test/resources/db/released-migrations.txt} when it is committed.
 */
class ReleasedMigrationsTests {

	@Test
	void everyReleasedMigrationIsExactlyAsItWasReleased() throws IOException {
		Map<String, String> released = released();

		Map<String, String> now = migrations();

		assertThat(now)
			.as("versioned migrations by SHA-256; a released one was edited, or a new one is not yet"
					+ " recorded in src/test/resources/db/released-migrations.txt (append: <file name> <sha256>)")
			.isEqualTo(released);
	}

	private static Map<String, String> released() throws IOException {
		Map<String, String> released = new TreeMap<>();
		try (InputStream in = ReleasedMigrationsTests.class.getResourceAsStream("/db/released-migrations.txt")) {
			new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.filter((line) -> !line.isBlank())
				.map((line) -> line.split(" "))
				.forEach((fields) -> released.put(fields[0], fields[1]));
		}
		return released;
	}

	private static Map<String, String> migrations() throws IOException {
		Map<String, String> migrations = new TreeMap<>();
		for (Resource migration : new PathMatchingResourcePatternResolver()
			.getResources("classpath:db/migration/V*.sql")) {
			try (InputStream in = migration.getInputStream()) {
				migrations.put(migration.getFilename(), sha256(in.readAllBytes()));
			}
		}
		return migrations;
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
