package org.unionstats.warehouse;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.unionstats.registry.RegistryImporter;
import org.unionstats.support.DatabaseCleaner;
import org.unionstats.support.IndependentTransactions;
import org.unionstats.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The planner's statistics of the snapshot follow the loading even where autovacuum does
 * not run (it is off on the build machines).
 */
@IntegrationTest
class SnapshotStatisticsIntegrationTests {

	@Autowired
	SnapshotStatistics statistics;

	@Autowired
	RegistryImporter registry;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	IndependentTransactions transactions;

	@BeforeEach
	void registry() {
		DatabaseCleaner.clean(this.jdbc);
		this.registry.importFile(Path.of("sample-data/registry.csv"));
		this.jdbc.sql("ANALYZE core.facility_snapshot, core.facility").update();
	}

	@Test
	void aSnapshotGrownByThousandsOfRowsSinceItWasAnalyzedIsAnalyzedAgain() {
		Long analyzedBefore = lastAnalyzedRows();
		this.statistics.refreshIfStale();
		assertThat(lastAnalyzedRows()).as("nothing changed: no ANALYZE").isEqualTo(analyzedBefore);

		facilities(3000);
		reported("", "T");

		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			this.statistics.refreshIfStale();
			assertThat(lastAnalyzedRows()).isEqualTo(3000L);
		});
	}

	@Test
	void aPeriodsFirstRowsInAnEmptySnapshotAreAnalyzedAtTheNextDecisionWithoutWaitingForTheServersCounters() {
		// A process of its own: it looks at the server's counters once, then not for a
		// second
		SnapshotStatistics fresh = new SnapshotStatistics(this.jdbc, this.transactions);
		fresh.refreshIfStale();
		assertThat(lastAnalyzedRows()).as("empty and nothing written: no ANALYZE").isZero();

		facilities(75);
		reported("", "T");
		fresh.wrote(75);
		fresh.refreshIfStale();

		assertThat(lastAnalyzedRows()).isEqualTo(75L);
	}

	@Test
	void aFewRowsWrittenToAnAnalyzedSnapshotDoNotAnalyzeItAgain() {
		facilities(2000);
		reported("", "S50");
		this.jdbc.sql("ANALYZE core.facility_snapshot, core.facility").update();
		Long analyzed = lastAnalyzedRows();
		SnapshotStatistics fresh = new SnapshotStatistics(this.jdbc, this.transactions);
		fresh.refreshIfStale();

		int added = reported("S50", "S6");
		fresh.wrote(added);
		fresh.refreshIfStale();

		assertThat(lastAnalyzedRows()).as("%d rows are fewer than 1,000", added).isEqualTo(analyzed);
	}

	/** The identities of facilities S1 to S{count} of one federation. */
	private void facilities(int count) {
		this.jdbc.sql("""
				INSERT INTO core.facility (federation_code, facility_type, code, first_period)
				SELECT '110102014', 'service_station', 'S' || i, '2017' FROM generate_series(1, :count) i""")
			.param("count", count)
			.update();
	}

	/**
	 * Reports in 2017 the facilities whose code sorts from {@code from} up to {@code to}.
	 */
	private int reported(String from, String to) {
		return this.jdbc.sql("""
				INSERT INTO core.facility_snapshot (period, federation_code, facility_type, code, facility_id,
				  submission_id, reported, name, status)
				SELECT '2017', federation_code, facility_type, code, facility_id, 1, true, code, '运行'
				FROM core.facility WHERE code >= :from AND code < :to""").param("from", from).param("to", to).update();
	}

	/** The row count ANALYZE last recorded for the snapshot. */
	private Long lastAnalyzedRows() {
		return this.jdbc.sql("SELECT reltuples::bigint FROM pg_class WHERE oid = 'core.facility_snapshot'::regclass")
			.query(Long.class)
			.single();
	}

}
