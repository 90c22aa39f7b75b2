package org.unionstats.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every command that takes a period refuses a malformed one before anything starts, with
 * the one line that shows the forms a period takes.
 */
class MalformedPeriodTests {

	static List<List<String>> commandsTakingAPeriod() {
		return List.of(List.of("period", "close", "2017-Q5"), List.of("period", "open", "2017-Q5"),
				List.of("period", "deadline", "2017-Q5", "2018-01-31"),
				List.of("period", "target", "2017-Q5", "APP_REGISTRATION", "30"),
				List.of("statistics", "--period", "2017-Q5"), List.of("status", "--period", "2017-Q5"),
				List.of("template", "--federation", "110102014", "--period", "2017-Q5"));
	}

	@ParameterizedTest
	@MethodSource("commandsTakingAPeriod")
	void refusesAMalformedPeriodWithTheSameOneLineAndExitCode2(List<String> command) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();

		int exitCode = UnionStatsCommandLine.execute(new PrintWriter(out, true), new PrintWriter(err, true),
				command.toArray(String[]::new));

		assertThat(exitCode).isEqualTo(2);
		assertThat(out.toString()).isEmpty();
		assertThat(err.toString().strip())
			.isEqualTo("unionstats: '2017-Q5' is not a period: use YYYY, YYYY-H1/H2, YYYY-Q1..Q4 or YYYY-MM");
	}

}
