package org.unionstats.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.unionstats.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unionstats.support.Submissions.drop;
import static org.unionstats.support.Submissions.profile;
import static org.unionstats.support.Submissions.serviceStation;

class CommandLineIntegrationTests {

	@Test
	void unknownCommandPrintsOneLineAndTheUsageWithExitCode2() {
		Result result = run("bogus");

		assertThat(result.exitCode()).isEqualTo(2);
		assertThat(result.err()).startsWith("unionstats: Unmatched argument at index 0: 'bogus'")
			.contains("Usage: unionstats")
			.doesNotContain("Exception")
			.doesNotContain("\tat ");
	}

	@Test
	void unknownOptionOfACommandNamesTheOptionAndTheCommandsUsage() {
		Result result = run("ingest", "--fast");

		assertThat(result.exitCode()).isEqualTo(2);
		assertThat(result.err()).contains("Unknown option: '--fast'").contains("unionstats ingest");
	}

	@Test
	void missingCommandIsAUsageError() {
		Result result = run();

		assertThat(result.exitCode()).isEqualTo(2);
		assertThat(result.err()).contains("a command is required");
	}

	@Test
	void everyCommandHasHelp() {
		for (String command : List.of("ingest", "statistics", "template", "registry", "period", "status", "serve")) {
			Result result = run(command, "--help");

			assertThat(result.exitCode()).as(command).isZero();
			assertThat(result.out()).as(command).contains("Usage: unionstats " + command);
		}
	}

	@Test
	void malformedPeriodIsAOneLineErrorWithExitCode2() {
		Result result = run("period", "close", "2017-Q5");

		assertThat(result.exitCode()).isEqualTo(2);
		assertThat(result.err().strip())
			.isEqualTo("unionstats: '2017-Q5' is not a period: use YYYY, YYYY-H1/H2, YYYY-Q1..Q4 or YYYY-MM");
	}

	@Test
	void aMalformedDateShowsTheExpectedFormNeverAJavaClassName() {
		Result result = run("period", "deadline", "2017", "2018-13-45");

		assertThat(result.exitCode()).isEqualTo(2);
		assertThat(result.err()).contains("'2018-13-45' is not a date: use YYYY-MM-DD, e.g. 2018-01-31")
			.doesNotContain("java.time")
			.doesNotContain("Exception");
	}

	@Test
	void aSettingThatDoesNotConvertIsOneLineNamingItWithoutSpringsFailureBlock() {
		Result result = run("status", "--unionstats.workers=many");

		assertThat(result.exitCode()).isEqualTo(1);
		assertThat(result.err().strip()).startsWith("unionstats: invalid value 'many' for unionstats.workers");
		assertThat(result.out() + result.err()).doesNotContain("APPLICATION FAILED TO START")
			.doesNotContain("Action:")
			.doesNotContain("\tat ");
	}

	@Test
	void everyCommandPrintsTheVersion() {
		for (List<String> command : List.of(List.of("ingest"), List.of("period", "close"), List.of("status"))) {
			List<String> args = new java.util.ArrayList<>(command);
			args.add("-V");

			Result result = run(args.toArray(String[]::new));

			assertThat(result.exitCode()).as(command.toString()).isZero();
			assertThat(result.out().strip()).as(command.toString()).startsWith("unionstats ");
		}
	}

	@Test
	void unreachableDatabaseIsOneLineAndNonZero() {
		Result result = run("ingest", "--spring.datasource.url=jdbc:postgresql://127.0.0.1:1/unionstats");

		assertThat(result.exitCode()).isEqualTo(1);
		assertThat(result.err())
			.startsWith("unionstats: cannot connect to PostgreSQL at jdbc:postgresql://127.0.0.1:1/")
			.doesNotContain("\tat ");
		assertThat(result.err().strip().lines()).hasSize(1);
	}

	@Test
	void ingestWithTheDatabaseUnreachableSaysSoInOneLineAndTouchesNoFile(@TempDir Path dropRoot) throws IOException {
		Path workbook = drop(dropRoot, "110102014", "天桥.xlsx", profile("110102014", "天桥街道", "西城区", "2017", 844, 5567),
				List.of(serviceStation("S1", "天桥服务站", "运行")));
		byte[] bytes = Files.readAllBytes(workbook);
		FileTime modified = Files.getLastModifiedTime(workbook);

		Result result = run("ingest", "--unionstats.drop-root=" + dropRoot, "--unionstats.quiet-time=0s",
				"--spring.datasource.url=jdbc:postgresql://127.0.0.1:1/unionstats");

		assertThat(result.exitCode()).isNotZero();
		assertThat(result.out()).isEmpty();
		assertThat(result.err().strip().lines()).singleElement()
			.asString()
			.startsWith("unionstats: cannot connect to PostgreSQL at jdbc:postgresql://127.0.0.1:1/");
		assertThat(workbook).hasBinaryContent(bytes);
		assertThat(Files.getLastModifiedTime(workbook)).isEqualTo(modified);
		try (Stream<Path> files = Files.walk(dropRoot)) {
			assertThat(files.map((file) -> dropRoot.relativize(file).toString()))
				.as("nothing archived, rejected, set aside, copied or given feedback")
				.containsExactlyInAnyOrder("", "inbox", "inbox/110102014", "inbox/110102014/天桥.xlsx");
		}
	}

	@Test
	void registryImportOfABadFileSaysWhichLineAndExits1() {
		Result result = run(withDatabase("registry", "import", "src/test/resources/registry/bad-registry.csv"));

		assertThat(result.exitCode()).isEqualTo(1);
		assertThat(result.err()).contains("registry not imported, 1 bad line(s)")
			.contains("bad-registry.csv line 3: district_code '1101' must be a 6-digit division code");
	}

	@Test
	void periodCloseAndOpenAreRecorded() {
		Result closed = run(withDatabase("period", "close", "2016-Q4", "--deadline", "2017-01-20"));
		Result opened = run(withDatabase("period", "open", "2016-Q4"));

		assertThat(closed.exitCode()).isZero();
		assertThat(closed.out()).contains("period 2016-Q4: closed for submissions");
		assertThat(opened.out()).contains("period 2016-Q4: open for submissions");
	}

	static String[] withDatabase(String... args) {
		List<String> all = new ArrayList<>(List.of(args));
		all.addAll(List.of(TestDatabase.springArgs()));
		return all.toArray(String[]::new);
	}

	static Result run(String... args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int exitCode = UnionStatsCommandLine.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
		return new Result(exitCode, out.toString(), err.toString());
	}

	record Result(int exitCode, String out, String err) {
	}

}
