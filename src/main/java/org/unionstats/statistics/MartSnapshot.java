package org.unionstats.statistics;

import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import org.unionstats.registry.Period;

/**
 * Reads the marts in one consistent snapshot: a single read-only REPEATABLE READ
 * transaction, so every table of a report sees the same accepted submissions even while
 * ingest runs.
 */
@Component
class MartSnapshot {

	private static final int FETCH_SIZE = 1000;

	private final TransactionTemplate transaction;

	private final NamedParameterJdbcTemplate jdbc;

	MartSnapshot(PlatformTransactionManager transactionManager, DataSource dataSource) {
		this.transaction = new TransactionTemplate(transactionManager);
		// A new transaction: the batch step's own one writes job metadata and cannot be
		// read-only.
		this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.transaction.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
		this.transaction.setReadOnly(true);
		JdbcTemplate template = new JdbcTemplate(dataSource);
		// Within a transaction the PostgreSQL driver then streams rows with a cursor.
		template.setFetchSize(FETCH_SIZE);
		this.jdbc = new NamedParameterJdbcTemplate(template);
	}

	<T> T read(Period period, Function<Tables, T> work) {
		return this.transaction.execute((status) -> {
			// The mart queries are short; compiling them with JIT costs more than it
			// saves.
			this.jdbc.getJdbcTemplate().execute("SET LOCAL jit = off");
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
