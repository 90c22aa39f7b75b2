package org.unionstats.cli;

import java.lang.management.ManagementFactory;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.management.ObjectName;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes the JVM of a one-shot command compile with its quick compiler (C1) only, as
 * {@code -XX:TieredStopAtLevel=1} would, but for a plain {@code java -jar}: a compiler
 * directive, added through the JVM's diagnostic commands, excludes every method from the
 * optimising compiler (C2). A one-shot pass lasts seconds to minutes; on two cores C2
 * spent more CPU compiling than its code saved (about half the JVM's CPU of a
 * Beijing-sized pass), so every measured pass got faster (docs/benchmarks.md).
 * {@code serve} runs for months and keeps both compilers.
 * <p>
 * Only the executable asks for it ({@link #askUnlessTold()}), so tests in a shared JVM
 * are left as they are; where the JVM offers no such command the command runs as before.
 */
public final class QuickCompiler {

	/** The system property that asks for it, or with {@code false} keeps C2. */
	static final String ASKED = "unionstats.quick-compiler";

	private static final Logger logger = LoggerFactory.getLogger(QuickCompiler.class);

	private static final String DIRECTIVES = "[{ match: \"*.*\", c2: { Exclude: true } }]";

	private static boolean applied;

	private QuickCompiler() {
	}

	/** Asks for C1 alone, unless the JVM was started with {@link #ASKED} set. */
	public static void askUnlessTold() {
		if (System.getProperty(ASKED) == null) {
			System.setProperty(ASKED, "true");
		}
	}

	static synchronized void applyIfAsked() {
		if (applied || !Boolean.getBoolean(ASKED)) {
			return;
		}
		applied = true;
		try {
			Path directives = Files.createTempFile("unionstats-compiler", ".json");
			try {
				Files.writeString(directives, DIRECTIVES);
				add(directives);
			}
			finally {
				Files.deleteIfExists(directives);
			}
		}
		catch (Exception | LinkageError ex) {
			logger.debug("Both compilers stay: the JVM took no compiler directive", ex);
		}
	}

	/**
	 * Runs the diagnostic command itself where the jar's manifest opened the JDK's
	 * management internals to it: the MBean path builds the platform MBean server first,
	 * about 80 ms of a command's start (docs/benchmarks.md). Anywhere else (tests, a JVM
	 * without those internals), the MBean path.
	 */
	private static void add(Path directives) throws Exception {
		try {
			addDirectly(directives);
		}
		catch (ReflectiveOperationException | RuntimeException | LinkageError ex) {
			logger.debug("Adding the compiler directive through the platform MBean server", ex);
			ManagementFactory.getPlatformMBeanServer()
				.invoke(new ObjectName("com.sun.management:type=DiagnosticCommand"), "compilerDirectivesAdd",
						new Object[] { new String[] { directives.toString() } },
						new String[] { String[].class.getName() });
		}
	}

	private static void addDirectly(Path directives) throws ReflectiveOperationException {
		// Loads the native library the diagnostic commands live in.
		Class.forName("com.sun.management.internal.PlatformMBeanProviderImpl", true, null);
		Method vmManagement = Class.forName("sun.management.ManagementFactoryHelper")
			.getDeclaredMethod("getVMManagement");
		vmManagement.setAccessible(true);
		Class<?> commands = Class.forName("com.sun.management.internal.DiagnosticCommandImpl");
		Constructor<?> constructor = commands.getDeclaredConstructor(Class.forName("sun.management.VMManagement"));
		constructor.setAccessible(true);
		Method execute = commands.getDeclaredMethod("executeDiagnosticCommand", String.class);
		execute.setAccessible(true);
		Object said = execute.invoke(constructor.newInstance(vmManagement.invoke(null)),
				"Compiler.directives_add " + directives);
		if (!String.valueOf(said).contains("1 compiler directives added")) {
			throw new IllegalStateException("Compiler.directives_add said: " + said);
		}
	}

}
