package org.unionstats.statistics;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import org.unionstats.registry.Period;
import org.unionstats.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The report reads every table in one read-only REPEATABLE READ transaction.
 */
@IntegrationTest
class MartSnapshotIntegrationTests {

	private static final ReportTable TRANSACTION = new ReportTable("t", "t",
			List.of(ReportColumn.text("a", 1), ReportColumn.text("b", 1), ReportColumn.text("c", 1),
					ReportColumn.text("d", 1)),
			"""
					SELECT current_setting('transaction_isolation'), current_setting('transaction_read_only'),
					       txid_current_if_assigned() IS NULL, :period || '|' || pg_backend_pid()""", "t", false);

	@Autowired
	private MartSnapshot snapshot;

	@Test
	void everyTableOfAReportIsReadInTheSameReadOnlyRepeatableReadTransaction() {
		List<Object[]> rows = new ArrayList<>();

		this.snapshot.read(Period.require("2017"), (tables) -> {
			tables.stream(TRANSACTION, rows::add);
			tables.stream(TRANSACTION, rows::add);
			return rows.size();
		});

		assertThat(rows).hasSize(2).allSatisfy((row) -> {
			assertThat(row[0]).isEqualTo("repeatable read");
			assertThat(row[1]).isEqualTo("on");
			assertThat(row[2]).isEqualTo(true);
			assertThat((String) row[3]).startsWith("2017|");
		});
		assertThat(rows.get(0)[3]).isEqualTo(rows.get(1)[3]);
	}

}
