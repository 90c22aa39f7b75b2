package org.unionstats.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.unionstats.support.ChildJvm;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Both forms the build makes run a command as a user runs them: the jar with its
 * libraries in {@code lib/} beside it, and the single jar holding them. Their manifest
 * opens the JDK's management internals to {@code QuickCompiler}, which then adds its
 * compiler directive without the platform MBean server.
 */
class BuiltJarsIntegrationTests {

	@ParameterizedTest
	@ValueSource(strings = { "target/unionstats.jar", "target/unionstats-all.jar" })
	void aBuiltJarRunsACommandOnTheDatabase(String jar) throws Exception {
		ChildJvm status = ChildJvm.startJar(Path.of(jar), "status");

		assertThat(status.waitFor()).as(status.output()).isZero();
		assertThat(status.output()).contains("last job runs").doesNotContain("\tat ");
	}

	@ParameterizedTest
	@ValueSource(strings = { "target/unionstats.jar", "target/unionstats-all.jar" })
	void aBuiltJarLeavesTheOptimisingCompilerOutWithoutStartingTheMBeanServer(String jar, @TempDir Path temp)
			throws Exception {
		Path classes = temp.resolve("classes.log");
		ChildJvm status = ChildJvm.startJar(Path.of(jar), List.of("-Xlog:class+load:file=" + classes), "status");

		assertThat(status.waitFor()).as(status.output()).isZero();
		assertThat(Files.readString(classes)).as("classes loaded")
			.contains("com.sun.management.internal.DiagnosticCommandImpl ")
			.doesNotContain("javax.management.MBeanServerFactory ");
	}

}
