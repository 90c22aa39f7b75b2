package org.unionstats.statistics;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

import org.unionstats.support.IntegrationTest;

/**
 * Every relation and column of {@code core} and {@code mart} is documented in the
 * database, and {@code docs/warehouse.md} is exactly what those comments say.
 */
@IntegrationTest
class WarehouseDictionaryIntegrationTests {

	private static final Path DOCUMENT = Path.of("docs", "warehouse.md");

	@Autowired
	private JdbcClient jdbc;

	@Test
	void everyRelationAndColumnOfCoreAndMartHasAComment() {
		assertThat(new WarehouseDictionary(this.jdbc).undocumented()).as("relations and columns without a comment")
			.isEmpty();
	}

	@Test
	void docsWarehouseMdIsGeneratedFromTheComments() throws IOException {
		String generated = new WarehouseDictionary(this.jdbc).markdown();
		if (Boolean.getBoolean("warehouse.dictionary.write")) {
			Files.createDirectories(DOCUMENT.getParent());
			Files.writeString(DOCUMENT, generated, StandardCharsets.UTF_8);
		}

		String committed = Files.exists(DOCUMENT) ? Files.readString(DOCUMENT, StandardCharsets.UTF_8) : "";

		assertThat(committed)
			.as("docs/warehouse.md is out of date; refresh it with: ./mvnw test "
					+ "-Dtest=WarehouseDictionaryIntegrationTests -Dwarehouse.dictionary.write=true")
			.isEqualTo(generated);
	}

}
