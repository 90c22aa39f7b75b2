package org.unionstats.cli;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import javax.management.ObjectName;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A one-shot command's JVM compiles with C1 alone: a method that grows hot is compiled at
 * tier 1 (C1, fully optimised, no profiling), where C2 would otherwise take it to tier 4.
 */
class QuickCompilerTests {

	private static final String COMMANDS = "com.sun.management:type=DiagnosticCommand";

	@AfterEach
	void bothCompilersAgain() throws Exception {
		diagnostic("compilerDirectivesRemove");
		System.clearProperty(QuickCompiler.ASKED);
	}

	@Test
	void aHotMethodIsCompiledByC1AloneOnceTheExecutableAsks() throws Exception {
		System.setProperty(QuickCompiler.ASKED, "true");

		QuickCompiler.applyIfAsked();

		Instant giveUp = Instant.now().plus(Duration.ofSeconds(30));
		List<String> compiled = List.of();
		long sum = 0;
		while (compiled.stream().noneMatch((line) -> tier(line) == 1) && Instant.now().isBefore(giveUp)) {
			for (int i = 0; i < 100_000; i++) {
				sum += hot(i);
			}
			compiled = diagnostic("compilerCodelist").lines().filter((line) -> line.contains(".hot(J)J")).toList();
		}
		assertThat(sum).isNotZero();
		assertThat(compiled).as("tiers of hot()")
			.anyMatch((line) -> tier(line) == 1)
			.noneMatch((line) -> tier(line) == 4);
	}

	/** A method with a loop: no tier-1 candidate on its own, as trivial methods are. */
	private static long hot(long x) {
		long sum = 0;
		for (int i = 0; i < 50; i++) {
			sum += (x * i) ^ (sum >>> 3);
		}
		return sum;
	}

	/** The tier in a line of the code list: {@code id tier state method [addresses]}. */
	private static int tier(String line) {
		return Integer.parseInt(line.trim().split("\\s+")[1]);
	}

	private static String diagnostic(String operation) throws Exception {
		return (String) ManagementFactory.getPlatformMBeanServer()
			.invoke(new ObjectName(COMMANDS), operation, new Object[] { new String[0] },
					new String[] { String[].class.getName() });
	}

}
