package org.unionstats.registry;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.unionstats.UserFacingException;
import org.unionstats.support.DatabaseCleaner;
import org.unionstats.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@IntegrationTest
class RegistryImportIntegrationTests {

	@Autowired
	RegistryImporter importer;

	@Autowired
	FederationDirectory directory;

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path dir;

	@BeforeEach
	void cleanDatabase() {
		DatabaseCleaner.clean(this.jdbc);
	}

	@Test
	void loadsTheSampleRegistryWithDistrictsAndFederations() {
		RegistryImport result = this.importer.importFile(Path.of("sample-data/registry.csv"));

		assertThat(result.districts()).isEqualTo(3);
		assertThat(result.federations()).isEqualTo(17);
		assertThat(this.directory.find("110102020"))
			.contains(new FederationEntry("110102020", "广安门外街道", "110102", "西城区"));
		assertThat(this.directory.find("110111011")).get().extracting(FederationEntry::districtName).isEqualTo("房山区");
	}

	@Test
	void importingTheSameFileTwiceChangesNothing() {
		this.importer.importFile(Path.of("sample-data/registry.csv"));

		RegistryImport again = this.importer.importFile(Path.of("sample-data/registry.csv"));

		assertThat(again.inserted()).isZero();
		assertThat(again.updated()).isZero();
		assertThat(count("core.federation")).isEqualTo(17);
	}

	@Test
	void refreshesARenamedFederation() throws IOException {
		this.importer.importFile(csv("110102020,广安门外街道,110102,西城区"));

		RegistryImport result = this.importer.importFile(csv("110102020,广外街道,110102,西城区"));

		assertThat(result.updated()).isEqualTo(1);
		assertThat(this.directory.find("110102020")).get().extracting(FederationEntry::name).isEqualTo("广外街道");
	}

	@Test
	void acceptsQuotedFieldsAndAByteOrderMark() throws IOException {
		Path file = this.dir.resolve("bom.csv");
		Files.writeString(file, "\uFEFFcode,name,district_code,district_name\n110102014,\"天桥街道\",110102,\"西城区\"\n",
				StandardCharsets.UTF_8);

		this.importer.importFile(file);

		assertThat(this.directory.find("110102014")).get().extracting(FederationEntry::name).isEqualTo("天桥街道");
	}

	@Test
	void rejectsAMalformedFileNamingEachBadLineAndImportsNothing() throws IOException {
		Path file = csv("110102020,广安门外街道,110102,西城区", "11010201,短代码,110102,西城区", "110105015,八里庄街道,110102,西城区",
				"110102014,天桥街道,110102", "110102020,重复,110102,西城区");

		assertThatExceptionOfType(UserFacingException.class).isThrownBy(() -> this.importer.importFile(file))
			.withMessageContaining("4 bad line(s)")
			.withMessageContaining("line 3: code '11010201' must be a 9-digit division code")
			.withMessageContaining("line 4: code 110105015 does not belong to district 110102")
			.withMessageContaining("line 5: expected 4 fields")
			.withMessageContaining("line 6: code 110102020 already given on line 2");
		assertThat(count("core.federation")).isZero();
	}

	@Test
	void rejectsAFileWithoutTheExpectedHeader() throws IOException {
		Path file = this.dir.resolve("noheader.csv");
		Files.writeString(file, "110102020,广安门外街道,110102,西城区\n", StandardCharsets.UTF_8);

		assertThatExceptionOfType(UserFacingException.class).isThrownBy(() -> this.importer.importFile(file))
			.withMessageContaining("line 1: the header must be code,name,district_code,district_name");
	}

	@Test
	void rejectsAMissingFile() {
		assertThatExceptionOfType(UserFacingException.class)
			.isThrownBy(() -> this.importer.importFile(this.dir.resolve("missing.csv")))
			.withMessageContaining("does not exist");
	}

	private Path csv(String... lines) throws IOException {
		Path file = Files.createTempFile(this.dir, "registry", ".csv");
		Files.writeString(file, "code,name,district_code,district_name\n" + String.join("\n", lines) + "\n",
				StandardCharsets.UTF_8);
		return file;
	}

	private int count(String table) {
		return this.jdbc.sql("SELECT count(*) FROM " + table).query(Integer.class).single();
	}

}
