package org.unionstats.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * CPU seconds spent by this JVM and by the PostgreSQL backends of its database (read from
 * {@code /proc}, so PostgreSQL must run on this machine): a measure that, unlike wall
 * time, other work on a shared machine barely moves. Parallel query workers come and go
 * and are not counted, so a benchmark comparing CPU runs its queries without them.
 */
final class CpuClock {

	/** Clock ticks per second of {@code /proc/<pid>/stat} (USER_HZ, 100 on Linux). */
	private static final double TICKS = 100.0;

	private final JdbcTemplate jdbc;

	CpuClock(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Java and database CPU seconds so far. */
	double[] now() {
		com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean) ManagementFactory
			.getOperatingSystemMXBean();
		double java = os.getProcessCpuTime() / 1e9;
		List<Integer> backends = this.jdbc.queryForList(
				"SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND backend_type = 'client backend'",
				Integer.class);
		double database = 0;
		for (int pid : backends) {
			database += ticks(pid) / TICKS;
		}
		return new double[] { java, database };
	}

	private static long ticks(int pid) {
		try {
			String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
			String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
			// utime and stime are fields 14 and 15 of the whole line, 12 and 13 after the
			// name.
			return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
		}
		catch (IOException ex) {
			return 0; // a backend that has just ended
		}
	}

}
