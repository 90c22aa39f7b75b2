package org.unionstats.template;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.unionstats.registry.FederationEntry;
import org.unionstats.registry.Period;
import org.unionstats.workbook.ColumnSpec;
import org.unionstats.workbook.FacilityType;
import org.unionstats.workbook.TemplateV1;
import org.unionstats.workbook.TemplateV2;
import org.unionstats.workbook.ValueType;

/**
 * Reads what a template is prefilled with: the registry, the period's deadline and each
 * federation's last accepted profile and facility snapshot.
 */
@Component
class TemplatePrefillRepository {

	private final JdbcClient jdbc;

	TemplatePrefillRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every registered federation, by code. */
	public List<FederationEntry> federations() {
		return this.jdbc.sql("""
				SELECT f.federation_code, f.federation_name, f.district_code, d.district_name
				FROM core.federation f JOIN core.district d USING (district_code)
				ORDER BY f.federation_code""")
			.query((rs, row) -> new FederationEntry(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
			.list();
	}

	public Optional<LocalDate> deadline(Period period) {
		return this.jdbc.sql("SELECT deadline FROM core.period WHERE period = :period")
			.param("period", period.text())
			.query((rs, row) -> Optional.ofNullable(rs.getObject(1, LocalDate.class)))
			.optional()
			.flatMap((deadline) -> deadline);
	}

	/**
	 * The federation's accepted figures of the latest period that ends before
	 * {@code period} starts, whatever its type.
	 */
	public Optional<PreviousSubmission> previousSubmission(String federationCode, Period period) {
		List<String> accepted = this.jdbc.sql("""
				SELECT period FROM core.federation_profile WHERE federation_code = :code
				UNION
				SELECT period FROM core.facility_snapshot WHERE federation_code = :code""")
			.param("code", federationCode)
			.query(String.class)
			.list();
		return latestBefore(accepted, period).map((source) -> new PreviousSubmission(source,
				profile(federationCode, source), facilities(federationCode, source)));
	}

	/**
	 * The latest of the periods ending before {@code target} starts; between periods
	 * ending on the same day (2017 and 2017-Q4), the one of the target's own type, then
	 * the shorter one, as its figures are the closest to the target's.
	 */
	static Optional<Period> latestBefore(Collection<String> periods, Period target) {
		Comparator<Period> closest = Comparator.comparing(Period::endsOn)
			.thenComparing((candidate) -> candidate.type() == target.type())
			.thenComparing(Period::startsOn);
		return periods.stream()
			.map(Period::parse)
			.flatMap(Optional::stream)
			.filter((candidate) -> candidate.endsOn().isBefore(target.startsOn()))
			.max(closest);
	}

	private Map<String, Object> profile(String federationCode, Period source) {
		return this.jdbc.sql("""
				SELECT * FROM core.federation_profile
				WHERE federation_code = :code AND period = :period""")
			.param("code", federationCode)
			.param("period", source.text())
			.query((rs, row) -> readProfile(rs))
			.optional()
			.orElse(Map.of());
	}

	private Map<FacilityType, List<Map<String, Object>>> facilities(String federationCode, Period source) {
		Map<FacilityType, List<Map<String, Object>>> facilities = new EnumMap<>(FacilityType.class);
		// Rows not reported were absent from that submission and so are closed: they are
		// not carried forward. Explicitly closed ones are, so the closure stays visible.
		this.jdbc.sql("""
				SELECT * FROM core.facility_snapshot
				WHERE federation_code = :code AND period = :period AND reported
				ORDER BY facility_type, facility_id""")
			.param("code", federationCode)
			.param("period", source.text())
			.query((ResultSet rs) -> {
				FacilityType type = FacilityType.fromKey(rs.getString("facility_type"));
				facilities.computeIfAbsent(type, (key) -> new ArrayList<>())
					.add(readColumns(rs, TemplateV1.columns(type)));
			});
		return facilities;
	}

	private static Map<String, Object> readProfile(ResultSet rs) throws SQLException {
		// Only the figures are stored per period; identity and contact are not carried.
		List<ColumnSpec> figures = TemplateV2.PROFILE_FIELDS.stream()
			.filter((field) -> field.type() == ValueType.INTEGER || field.type() == ValueType.DECIMAL)
			.toList();
		return readColumns(rs, figures);
	}

	private static Map<String, Object> readColumns(ResultSet rs, List<ColumnSpec> columns) throws SQLException {
		Map<String, Object> values = new LinkedHashMap<>();
		for (ColumnSpec column : columns) {
			Object value = read(rs, column);
			if (value != null) {
				values.put(column.key(), value);
			}
		}
		return values;
	}

	private static Object read(ResultSet rs, ColumnSpec column) throws SQLException {
		String key = column.key();
		return switch (column.type()) {
			case INTEGER -> rs.getObject(key, Integer.class);
			case DECIMAL -> rs.getBigDecimal(key);
			case DATE -> rs.getObject(key, LocalDate.class);
			case BOOLEAN -> rs.getObject(key, Boolean.class);
			case LIST -> list(rs.getArray(key));
			default -> rs.getString(key);
		};
	}

	private static List<String> list(Array array) throws SQLException {
		return (array != null) ? Arrays.asList((String[]) array.getArray()) : null;
	}

}
