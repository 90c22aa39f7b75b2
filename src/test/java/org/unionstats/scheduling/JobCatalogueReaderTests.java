package org.unionstats.scheduling;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.unionstats.UserFacingException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The {@code jobs/} folder is read strictly: every mistake is one line naming the file
 * and the field.
 */
class JobCatalogueReaderTests {

	private static final Set<String> JOBS = Set.of("ingest", "statistics");

	@TempDir
	Path jobs;

	private final JobCatalogueReader reader = new JobCatalogueReader();

	@Test
	void readsEveryFileWithItsParametersAndEnabledFlag() {
		ServeNode.writeJob(this.jobs, "ingest", """
				name: ingest
				cron: "0 0/2 * * * ?"
				parameters: {}
				description: Take the inbox.
				""");
		ServeNode.writeJob(this.jobs, "statistics", """
				name: statistics
				cron: "0 30 2 * * ?"
				parameters: {period: 2017-Q3, year: 2017}
				description: Rebuild the marts.
				enabled: false
				""");

		JobCatalogue catalogue = this.reader.read(this.jobs, JOBS);

		assertThat(catalogue.definitions()).extracting(JobDefinition::id).containsExactly("ingest", "statistics");
		assertThat(catalogue.definitions().get(1).parameters()).isEqualTo(Map.of("period", "2017-Q3", "year", "2017"));
		assertThat(catalogue.enabled()).extracting(JobDefinition::jobName).containsExactly("ingest");
	}

	@Test
	void refusesACronWithFiveFieldsNamingFileAndField() {
		ServeNode.writeJob(this.jobs, "ingest", """
				name: ingest
				cron: "*/2 * * * *"
				parameters: {}
				description: Take the inbox.
				""");

		assertThatExceptionOfType(UserFacingException.class).isThrownBy(() -> this.reader.read(this.jobs, JOBS))
			.satisfies((ex) -> assertThat(ex.getMessage()).contains("ingest.yml", "field 'cron'", "*/2 * * * *")
				.doesNotContain("\n"));
	}

	@Test
	void refusesAMissingField() {
		ServeNode.writeJob(this.jobs, "ingest", """
				name: ingest
				cron: "0 0/2 * * * ?"
				description: Take the inbox.
				""");

		assertThatExceptionOfType(UserFacingException.class).isThrownBy(() -> this.reader.read(this.jobs, JOBS))
			.withMessageContaining("ingest.yml: field 'parameters': missing");
	}

	@Test
	void refusesAnUnknownJobName() {
		ServeNode.writeJob(this.jobs, "nightly", """
				name: statistic
				cron: "0 30 2 * * ?"
				parameters: {}
				description: Rebuild the marts.
				""");

		assertThatExceptionOfType(UserFacingException.class).isThrownBy(() -> this.reader.read(this.jobs, JOBS))
			.withMessageContaining(
					"nightly.yml: field 'name': no batch job named 'statistic' (known: ingest, statistics)");
	}

	@Test
	void refusesAMistypedFieldName() {
		ServeNode.writeJob(this.jobs, "ingest", """
				name: ingest
				cron: "0 0/2 * * * ?"
				parameters: {}
				description: Take the inbox.
				enable: false
				""");

		assertThatExceptionOfType(UserFacingException.class).isThrownBy(() -> this.reader.read(this.jobs, JOBS))
			.withMessageContaining("ingest.yml: field 'enable': unknown field");
	}

	@Test
	void refusesMalformedYaml() {
		ServeNode.writeJob(this.jobs, "ingest", "name: ingest\ncron: [unclosed\n");

		assertThatExceptionOfType(UserFacingException.class).isThrownBy(() -> this.reader.read(this.jobs, JOBS))
			.satisfies(
					(ex) -> assertThat(ex.getMessage()).contains("ingest.yml", "not valid YAML").doesNotContain("\n"));
	}

	@Test
	void refusesTheReservedFireTimeParameter() {
		ServeNode.writeJob(this.jobs, "ingest", """
				name: ingest
				cron: "0 0/2 * * * ?"
				parameters: {fireTime: now}
				description: Take the inbox.
				""");

		assertThatExceptionOfType(UserFacingException.class).isThrownBy(() -> this.reader.read(this.jobs, JOBS))
			.withMessageContaining("ingest.yml: field 'parameters.fireTime'");
	}

	@Test
	void refusesAMissingFolder() {
		assertThatExceptionOfType(UserFacingException.class)
			.isThrownBy(() -> this.reader.read(this.jobs.resolve("absent"), JOBS))
			.withMessageContaining("unionstats.scheduling.jobs-dir");
	}

	@Test
	void theShippedCatalogueIsValid() {
		JobCatalogue catalogue = this.reader.read(Path.of("jobs"), JOBS);

		assertThat(catalogue.enabled()).extracting(JobDefinition::id, JobDefinition::jobName, JobDefinition::cron)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("ingest", "ingest", "0 0/2 * * * ?"),
					org.assertj.core.groups.Tuple.tuple("statistics", "statistics", "0 30 2 * * ?"));
	}

}
