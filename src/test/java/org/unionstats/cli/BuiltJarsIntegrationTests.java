package org.unionstats.cli;

import java.nio.file.Path;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.unionstats.support.ChildJvm;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Both forms the build makes run a command as a user runs them: the jar with its
 * libraries in {@code lib/} beside it, and the single jar holding them.
 */
class BuiltJarsIntegrationTests {

	@ParameterizedTest
	@ValueSource(strings = { "target/unionstats.jar", "target/unionstats-all.jar" })
	void aBuiltJarRunsACommandOnTheDatabase(String jar) throws Exception {
		ChildJvm status = ChildJvm.startJar(Path.of(jar), "status");

		assertThat(status.waitFor()).as(status.output()).isZero();
		assertThat(status.output()).contains("last job runs").doesNotContain("\tat ");
	}

}
