package org.unionstats.warehouse;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.unionstats.support.IndependentTransactions;

/**
 * Keeps the planner's statistics of the facility snapshot current while passes load it.
 * Without them (autovacuum off, or a new period's first pass running before autovacuum
 * looks) the warehouse checks' lookups pick an index by a coin flip and one of them
 * filters every facility of a type: 100 ms a file for Beijing, growing with the country.
 * <p>
 * Two signals: the rows this process wrote, counted as it writes them, and the server's
 * counters of every writer, which lag (a backend reports them about once a second),
 * looked at once a second at most.
 */
@Component
class SnapshotStatistics {

	private static final Logger logger = LoggerFactory.getLogger(SnapshotStatistics.class);

	/** Rows changed since the last ANALYZE that make the statistics stale, at least... */
	private static final long MIN_CHANGES = 1_000;

	/** ...or this share of the table, whichever is more (autovacuum's rule, tighter). */
	private static final double CHANGED_SHARE = 0.2;

	/**
	 * At most one look a second: far fewer rows than {@link #MIN_CHANGES} come in
	 * meanwhile.
	 */
	private static final long LOOK_EVERY_NANOS = 1_000_000_000L;

	private final AtomicLong lastLooked = new AtomicLong(System.nanoTime() - LOOK_EVERY_NANOS);

	/** Snapshot rows this process wrote since it last analyzed. */
	private final AtomicLong written = new AtomicLong();

	/**
	 * How many written rows make the statistics stale: as many as they know of (the table
	 * doubled), {@link #MIN_CHANGES} at least, but one while the table is empty to them
	 * (a period's first rows are analyzed at once); unknown until the first look.
	 */
	private volatile long writtenToAnalyze = Long.MAX_VALUE;

	private final AtomicBoolean analyzing = new AtomicBoolean();

	private final JdbcClient jdbc;

	private final IndependentTransactions transactions;

	SnapshotStatistics(JdbcClient jdbc, IndependentTransactions transactions) {
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	/** Counts rows written to the snapshot. */
	void wrote(long rows) {
		this.written.addAndGet(rows);
	}

	/**
	 * Analyzes the snapshot and facility tables when they changed enough since they were
	 * last analyzed; in a transaction of its own, so the caller's locks are not held.
	 */
	void refreshIfStale() {
		long seen = this.written.get();
		if (seen >= this.writtenToAnalyze) {
			analyzeUnlessAnotherIs(seen);
			return;
		}
		long now = System.nanoTime();
		long last = this.lastLooked.get();
		if (now - last < LOOK_EVERY_NANOS || !this.lastLooked.compareAndSet(last, now)) {
			// Looked a moment ago (or another worker is looking): a file is decided in a
			// few milliseconds, and the look is a transaction of its own
			return;
		}
		Look look = this.transactions.execute(() -> this.jdbc.sql("""
				SELECT coalesce(bool_or(s.n_mod_since_analyze > greatest(:min, s.n_live_tup * :share)), false),
				       max(c.reltuples) FILTER (WHERE s.relname = 'facility_snapshot')::bigint
				FROM pg_stat_user_tables s JOIN pg_class c ON c.oid = s.relid
				WHERE s.schemaname = 'core' AND s.relname IN ('facility_snapshot', 'facility')""")
			.param("min", MIN_CHANGES)
			.param("share", CHANGED_SHARE)
			.query((rs, row) -> new Look(rs.getBoolean(1), rs.getLong(2)))
			.single());
		if (look.stale()) {
			analyzeUnlessAnotherIs(seen);
		}
		else {
			this.writtenToAnalyze = writtenToAnalyze(look.analyzedRows());
		}
	}

	private void analyzeUnlessAnotherIs(long seen) {
		if (!this.analyzing.compareAndSet(false, true)) {
			return;
		}
		try {
			long started = System.nanoTime();
			long rows = this.transactions.execute(() -> {
				this.jdbc.sql("ANALYZE core.facility_snapshot, core.facility").update();
				return this.jdbc
					.sql("SELECT reltuples::bigint FROM pg_class WHERE oid = 'core.facility_snapshot'::regclass")
					.query(Long.class)
					.single();
			});
			this.written.addAndGet(-seen);
			this.writtenToAnalyze = writtenToAnalyze(rows);
			logger.debug("Analyzed the facility snapshot ({} rows) in {} ms", rows,
					(System.nanoTime() - started) / 1_000_000);
		}
		finally {
			this.analyzing.set(false);
		}
	}

	private static long writtenToAnalyze(long analyzedRows) {
		return (analyzedRows <= 0) ? 1 : Math.max(MIN_CHANGES, analyzedRows);
	}

	/**
	 * What the server's counters say: whether the tables changed enough, and the
	 * snapshot's row count in the planner's statistics (-1 if never analyzed).
	 */
	private record Look(boolean stale, long analyzedRows) {
	}

}
