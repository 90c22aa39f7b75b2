package org.unionstats.console;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.unionstats.registry.Period;

/**
 * The city's totals by facility type with the comparable change, for the overview. At
 * national scale they take half a second to count, and they change only when a submission
 * of the period (or the previous one) is accepted: they are kept per period until the
 * accepted submissions change.
 */
@Component
@ConditionalOnWebApplication
class MunicipalTotals {

	private final JdbcClient jdbc;

	private final Map<String, Counted> counted = new ConcurrentHashMap<>();

	MunicipalTotals(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Call within the page's read-only transaction. */
	List<Map<String, Object>> of(Period period) {
		String fingerprint = this.jdbc.sql(ConsoleSql.named("accepted-fingerprint"))
			.param("period", period.text())
			.param("previous", period.previous().text())
			.query(String.class)
			.single();
		Counted kept = this.counted.get(period.text());
		if (kept != null && kept.fingerprint().equals(fingerprint)) {
			return kept.rows();
		}
		List<Map<String, Object>> rows = this.jdbc.sql(ConsoleSql.named("municipal-totals"))
			.param("period", period.text())
			.query()
			.listOfRows();
		this.counted.put(period.text(), new Counted(fingerprint, rows));
		return rows;
	}

	private record Counted(String fingerprint, List<Map<String, Object>> rows) {

	}

}
