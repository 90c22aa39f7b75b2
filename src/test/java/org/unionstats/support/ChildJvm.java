package org.unionstats.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the unionstats command line in a JVM of its own, as a separate process would, on
 * this run's test database.
 */
public final class ChildJvm {

	private final Process process;

	private final Path output;

	private ChildJvm(Process process, Path output) {
		this.process = process;
		this.output = output;
	}

	/**
	 * Starts {@code unionstats <args>} with the given system properties
	 * ({@code -Dname=value}).
	 */
	public static ChildJvm start(List<String> systemProperties, String... args) throws IOException {
		return start("512m", systemProperties, args);
	}

	/**
	 * Starts {@code unionstats <args>} in a heap of at most {@code maxHeap} (as
	 * {@code -Xmx} takes it), with the given system properties.
	 */
	public static ChildJvm start(String maxHeap, List<String> systemProperties, String... args) throws IOException {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.add("-Xmx" + maxHeap);
		command.add("-Dfile.encoding=UTF-8");
		command.add("-Dsun.jnu.encoding=UTF-8");
		systemProperties.forEach((property) -> command.add("-D" + property));
		command.add("-cp");
		command.add(System.getProperty("java.class.path"));
		command.add("org.unionstats.UnionStatsApplication");
		command.addAll(List.of(args));
		command.addAll(List.of(TestDatabase.springArgs()));
		return launch(command, Map.of("LANG", "C.UTF-8"));
	}

	/**
	 * Runs {@code java -jar JAR <args>} as a user runs a built jar, on this run's test
	 * database.
	 */
	public static ChildJvm startJar(Path jar, String... args) throws IOException {
		return startJar(jar, List.of(), args);
	}

	/** Like {@link #startJar(Path, String...)}, with JVM options before {@code -jar}. */
	public static ChildJvm startJar(Path jar, List<String> jvmOptions, String... args) throws IOException {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.add("-Xmx256m");
		command.addAll(jvmOptions);
		command.add("-jar");
		command.add(jar.toString());
		command.addAll(List.of(args));
		command.addAll(List.of(TestDatabase.springArgs()));
		return launch(command, Map.of("LANG", "C.UTF-8"));
	}

	/**
	 * Starts {@code unionstats <args>} as an operator would, with exactly the given
	 * environment changes and JVM options: no encoding options and no test database
	 * added.
	 */
	public static ChildJvm startPlain(Map<String, String> environment, List<String> jvmOptions, String... args)
			throws IOException {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.add("-Xmx512m");
		command.addAll(jvmOptions);
		command.add("-cp");
		command.add(System.getProperty("java.class.path"));
		command.add("org.unionstats.UnionStatsApplication");
		command.addAll(List.of(args));
		return launch(command, environment);
	}

	private static ChildJvm launch(List<String> command, Map<String, String> environment) throws IOException {
		Path output = Files.createTempFile("unionstats-child", ".log");
		output.toFile().deleteOnExit();
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
		builder.environment().putAll(environment);
		return new ChildJvm(builder.start(), output);
	}

	/**
	 * Sends SIGTERM (what systemd and Ctrl+C's cousin {@code kill} send) and waits at
	 * most {@code bound} for the process to end; true when it did.
	 */
	public boolean terminate(Duration bound) throws InterruptedException {
		this.process.destroy();
		return this.process.waitFor(bound.toMillis(), TimeUnit.MILLISECONDS);
	}

	/** Waits at most {@code bound} for the process to end; true when it did. */
	public boolean waitFor(Duration bound) throws InterruptedException {
		return this.process.waitFor(bound.toMillis(), TimeUnit.MILLISECONDS);
	}

	public int exitValue() {
		return this.process.exitValue();
	}

	/** Waits for the process to end; returns its exit code. */
	public int waitFor() throws IOException, InterruptedException {
		if (!this.process.waitFor(5, TimeUnit.MINUTES)) {
			this.process.destroyForcibly();
			throw new IllegalStateException("Child JVM did not finish in 5 minutes:\n" + output());
		}
		return this.process.exitValue();
	}

	/** The child's process id, as it appears in {@code ops.submission.claimed_by}. */
	public long pid() {
		return this.process.pid();
	}

	public boolean isAlive() {
		return this.process.isAlive();
	}

	/**
	 * Kills the process at once (SIGKILL: no shutdown hook, no graceful stop) and waits
	 * for it to be gone.
	 */
	public void kill() throws InterruptedException {
		this.process.destroyForcibly();
		if (!this.process.waitFor(30, TimeUnit.SECONDS)) {
			throw new IllegalStateException("Child JVM " + pid() + " still alive 30 s after SIGKILL");
		}
	}

	public String output() throws IOException {
		return Files.readString(this.output, StandardCharsets.UTF_8);
	}

}
