package org.unionstats.statistics;

import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import org.unionstats.registry.Period;
import org.unionstats.support.IndependentTransactions;

/**
 * Reads the marts in one consistent snapshot: a single read-only REPEATABLE READ
 * transaction, so every table of a report sees the same accepted submissions even while
 * ingest runs.
 */
@Component
class MartSnapshot {

	private static final int FETCH_SIZE = 1000;

	private final IndependentTransactions transactions;

	private final NamedParameterJdbcTemplate jdbc;

	MartSnapshot(IndependentTransactions transactions, DataSource dataSource) {
		this.transactions = transactions;
		JdbcTemplate template = new JdbcTemplate(dataSource);
		// Within a transaction the PostgreSQL driver then streams rows with a cursor.
		template.setFetchSize(FETCH_SIZE);
		this.jdbc = new NamedParameterJdbcTemplate(template);
	}

	<T> T read(Period period, Function<Tables, T> work) {
		return this.transactions.readOneSnapshot(() -> {
			// The mart queries are short; compiling them with JIT costs more than it
			// saves. Their sorts and hashes over a national period's snapshot (half a
			// million rows) spill to disk at PostgreSQL's default 4 MB.
			this.jdbc.getJdbcTemplate().execute("SET LOCAL jit = off");
			this.jdbc.getJdbcTemplate().execute("SET LOCAL work_mem = '64MB'");
			return work.apply((table, rows) -> stream(table, period, rows));
		});
	}

	private void stream(ReportTable table, Period period, Consumer<Object[]> rows) {
		int width = table.columns().size();
		this.jdbc.query(table.sql(), Map.of("period", period.text()), (resultSet) -> {
			Object[] values = new Object[width];
			for (int i = 0; i < width; i++) {
				values[i] = resultSet.getObject(i + 1);
			}
			rows.accept(values);
		});
	}

	/**
	 * The report tables of the snapshot's period, each streamed row by row.
	 */
	interface Tables {

		void stream(ReportTable table, Consumer<Object[]> rows);

	}

}
