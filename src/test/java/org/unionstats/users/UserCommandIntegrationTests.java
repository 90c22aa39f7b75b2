package org.unionstats.users;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import org.unionstats.cli.UnionStatsCommandLine;
import org.unionstats.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code user add|disable|list}: console users are stored with a hashed password and a
 * scope that the registry knows.
 */
class UserCommandIntegrationTests {

	private final InputStream stdin = System.in;

	@AfterEach
	void restoreStandardInput() {
		System.setIn(this.stdin);
	}

	@Test
	void addsADistrictUserWithAHashedPasswordReadFromStandardInput() {
		run("registry", "import", "sample-data/registry.csv");

		Result added = runWithInput("s3cret-pass\n", "user", "add", "xicheng", "--role", "DISTRICT", "--district",
				"110102", "--password-stdin");

		assertThat(added.exitCode()).isZero();
		assertThat(added.out()).contains("user xicheng: added (DISTRICT 110102)");
		String hash = jdbc().sql("SELECT password_hash FROM ops.console_user WHERE username = 'xicheng'")
			.query(String.class)
			.single();
		assertThat(hash).startsWith("{bcrypt}").doesNotContain("s3cret-pass");
		assertThat(PasswordEncoderFactories.createDelegatingPasswordEncoder().matches("s3cret-pass", hash)).isTrue();
		assertThat(run("user", "list").out()).containsPattern("xicheng\\s+DISTRICT\\s+district 110102\\s+yes");
	}

	@Test
	void refusesADistrictUserWithoutADistrictAndAScopeTheRegistryDoesNotKnow() {
		run("registry", "import", "sample-data/registry.csv");

		Result noDistrict = runWithInput("s3cret-pass\n", "user", "add", "nobody", "--role", "DISTRICT",
				"--password-stdin");
		Result unknown = runWithInput("s3cret-pass\n", "user", "add", "nobody", "--role", "FEDERATION", "--federation",
				"999999999", "--password-stdin");
		Result shortPassword = runWithInput("short\n", "user", "add", "nobody", "--role", "ADMIN", "--password-stdin");

		assertThat(noDistrict.exitCode()).isEqualTo(2);
		assertThat(noDistrict.err()).contains("a DISTRICT user needs --district CODE");
		assertThat(unknown.exitCode()).isEqualTo(1);
		assertThat(unknown.err()).contains("--federation 999999999 is not in the registry");
		assertThat(shortPassword.err()).contains("at least 8 characters");
		assertThat(run("user", "list").out()).doesNotContain("nobody");
	}

	@Test
	void disabledUsersAreListedAsSuch() {
		runWithInput("s3cret-pass\n", "user", "add", "it-admin", "--role", "ADMIN", "--password-stdin");

		Result disabled = run("user", "disable", "it-admin");
		Result missing = run("user", "disable", "no-such-user");

		assertThat(disabled.out()).contains("user it-admin: disabled");
		assertThat(run("user", "list").out()).containsPattern("it-admin\\s+ADMIN\\s+-\\s+no");
		assertThat(missing.exitCode()).isEqualTo(1);
		assertThat(missing.err()).contains("no user named no-such-user");
	}

	private static JdbcClient jdbc() {
		return JdbcClient.create(new DriverManagerDataSource(TestDatabase.url(), TestDatabase.user(), ""));
	}

	private Result runWithInput(String input, String... args) {
		System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
		return run(args);
	}

	private static Result run(String... args) {
		List<String> all = new ArrayList<>(List.of(args));
		all.addAll(List.of(TestDatabase.springArgs()));
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int exitCode = UnionStatsCommandLine.execute(new PrintWriter(out, true), new PrintWriter(err, true),
				all.toArray(String[]::new));
		return new Result(exitCode, out.toString(), err.toString());
	}

	record Result(int exitCode, String out, String err) {
	}

}
