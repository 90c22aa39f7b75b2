package org.unionstats.statistics;

import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Renders the data dictionary of {@code core} and {@code mart} from the comments in the
 * database, as the Markdown of {@code docs/warehouse.md}.
 */
final class WarehouseDictionary {

	static final String HEADER = """
			# Warehouse data dictionary / 数据字典

			<!-- Generated from the COMMENT ON statements of the migrations by
			     WarehouseDictionaryIntegrationTests; do not edit by hand. The test fails when this file
			     differs from the database; refresh it with:
			     ./mvnw test -Dtest=WarehouseDictionaryIntegrationTests -Dwarehouse.dictionary.write=true -->

			Schemas `core` (registry, periods, facilities, accepted snapshots and profiles) and `mart`
			(what statisticians query). The read-only role (default `unionstats_reader`) may read
			both and nothing else.
			""";

	private final JdbcClient jdbc;

	WarehouseDictionary(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	String markdown() {
		StringBuilder text = new StringBuilder(HEADER);
		for (Map<String, Object> relation : relations()) {
			String schema = (String) relation.get("schema_name");
			String name = (String) relation.get("relation_name");
			text.append("\n## ")
				.append(schema)
				.append('.')
				.append(name)
				.append(" (")
				.append(relation.get("kind"))
				.append(")\n\n")
				.append(relation.get("description"))
				.append("\n\n| column | type | 说明 / description |\n|---|---|---|\n");
			for (Map<String, Object> column : columns(schema, name)) {
				text.append("| ")
					.append(column.get("column_name"))
					.append(" | ")
					.append(column.get("data_type"))
					.append(" | ")
					.append(column.get("description"))
					.append(" |\n");
			}
		}
		return text.toString();
	}

	/** Relations and columns of {@code core} and {@code mart} that carry no comment. */
	List<String> undocumented() {
		return this.jdbc.sql("""
				SELECT n.nspname || '.' || c.relname
				FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
				WHERE n.nspname IN ('core', 'mart') AND c.relkind IN ('r', 'v', 'm', 'p', 'f')
				  AND coalesce(obj_description(c.oid, 'pg_class'), '') = ''
				UNION ALL
				SELECT col.table_schema || '.' || col.table_name || '.' || col.column_name
				FROM information_schema.columns col
				WHERE col.table_schema IN ('core', 'mart')
				  AND coalesce(col_description(format('%I.%I', col.table_schema, col.table_name)::regclass,
				                               col.ordinal_position), '') = ''
				ORDER BY 1""").query(String.class).list();
	}

	private List<Map<String, Object>> relations() {
		return this.jdbc.sql("""
				SELECT n.nspname AS schema_name, c.relname AS relation_name,
				       CASE c.relkind WHEN 'v' THEN 'view' WHEN 'm' THEN 'materialized view' ELSE 'table' END AS kind,
				       coalesce(obj_description(c.oid, 'pg_class'), '') AS description
				FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
				WHERE n.nspname IN ('core', 'mart') AND c.relkind IN ('r', 'v', 'm', 'p', 'f')
				ORDER BY n.nspname DESC, c.relname""").query().listOfRows();
	}

	private List<Map<String, Object>> columns(String schema, String relation) {
		return this.jdbc.sql("""
				SELECT a.attname AS column_name, format_type(a.atttypid, a.atttypmod) AS data_type,
				       replace(coalesce(col_description(a.attrelid, a.attnum), ''), '|', '\\|') AS description
				FROM pg_attribute a
				WHERE a.attrelid = format('%I.%I', :schema, :relation)::regclass AND a.attnum > 0 AND NOT a.attisdropped
				ORDER BY a.attnum""").param("schema", schema).param("relation", relation).query().listOfRows();
	}

}
