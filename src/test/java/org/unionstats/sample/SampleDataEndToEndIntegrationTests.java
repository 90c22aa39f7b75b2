package org.unionstats.sample;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.FileSystemUtils;

import org.unionstats.cli.UnionStatsCommandLine;
import org.unionstats.support.DatabaseCleaner;
import org.unionstats.support.IntegrationTest;
import org.unionstats.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's main job on the sample data, through the command line: registry import,
 * ingest, statistics.
 */
@IntegrationTest
class SampleDataEndToEndIntegrationTests {

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path dropRoot;

	@Test
	void sampleWorkbooksAreIngestedAndPublishedAsMunicipalStatistics() throws Exception {
		DatabaseCleaner.clean(this.jdbc);
		FileSystemUtils.copyRecursively(Path.of("sample-data/workbooks"), this.dropRoot.resolve("inbox"));

		assertThat(run("registry", "import", "sample-data/registry.csv")).contains("17 federations");
		String ingest = run("ingest");
		String statistics = run("statistics", "--period", "2017");

		assertThat(ingest).contains("110102020 2017 ACCEPTED errors=0 warnings=1")
			.contains("110102017 2017 ACCEPTED errors=0")
			.contains("110102014 2017 ACCEPTED errors=0")
			.contains("110102013 2017 REJECTED")
			.contains("4 file(s): 3 accepted, 1 rejected");
		assertThat(statistics).contains("municipal-statistics-2017.xlsx");
		assertThat(this.dropRoot.resolve("reports/2017/municipal-statistics-2017.xlsx")).exists();
		assertThat(this.jdbc
			.sql("""
					SELECT facility_type || '=' || active_count || '/' || federations_reporting || '/' || federations_expected
					FROM mart.municipal_statistics WHERE period = '2017' ORDER BY facility_type""")
			.query(String.class)
			.list()).containsExactly("childcare_class=1/3/17", "mother_baby_room=2/3/17", "service_station=5/3/17",
					"warm_station=4/3/17", "worker_home=2/3/17");
		assertThat(this.jdbc.sql("""
				SELECT code FROM ops.issue i JOIN ops.submission s USING (submission_id)
				WHERE s.folder_code = '110102013' ORDER BY code""").query(String.class).list()).contains(
				"CODE_DUPLICATE", "CODE_FORMAT", "DATE_ORDER", "DISTRICT_MISMATCH", "MEMBERS_EXCEEDED", "VALUE_RANGE",
				"VALUE_REQUIRED");
		try (Stream<Path> feedback = Files.list(this.dropRoot.resolve("feedback/110102013"))) {
			assertThat(feedback.map((file) -> file.getFileName().toString()))
				.anySatisfy((name) -> assertThat(name).startsWith("大栅栏街道-2017-有错误.xlsx.校验结果.").endsWith(".xlsx"));
		}
	}

	private String run(String... args) {
		List<String> all = new ArrayList<>(List.of(args));
		all.addAll(List.of(TestDatabase.springArgs()));
		all.add("--unionstats.drop-root=" + this.dropRoot);
		all.add("--unionstats.quiet-time=0s");
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int exitCode = UnionStatsCommandLine.execute(new PrintWriter(out, true), new PrintWriter(err, true),
				all.toArray(String[]::new));
		assertThat(exitCode).as(String.join(" ", args) + "\n" + out + err).isZero();
		return out.toString();
	}

}
