package org.unionstats.warehouse;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Builds CSV text for PostgreSQL {@code COPY ... FROM STDIN} and sends it on the
 * transaction's own connection, several times faster than batched inserts.
 */
final class CopyRows {

	private final StringBuilder text = new StringBuilder(8192);

	private int rows;

	CopyRows add(List<?> values) {
		for (int i = 0; i < values.size(); i++) {
			if (i > 0) {
				this.text.append(',');
			}
			appendValue(values.get(i));
		}
		this.text.append('\n');
		this.rows++;
		return this;
	}

	long copyInto(DataSource dataSource, String copySql) {
		if (this.rows == 0) {
			return 0;
		}
		Connection connection = DataSourceUtils.getConnection(dataSource);
		try {
			return connection.unwrap(PGConnection.class)
				.getCopyAPI()
				.copyIn(copySql + " FROM STDIN WITH (FORMAT csv)", new StringReader(this.text.toString()));
		}
		catch (SQLException | IOException ex) {
			throw new IllegalStateException("COPY failed: " + copySql, ex);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, dataSource);
		}
	}

	private void appendValue(Object value) {
		if (value == null) {
			return;
		}
		if (value instanceof List<?> list) {
			appendQuoted(arrayLiteral(list));
			return;
		}
		appendQuoted(value.toString());
	}

	private void appendQuoted(String value) {
		this.text.append('"');
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c == '"') {
				this.text.append('"');
			}
			this.text.append(c);
		}
		this.text.append('"');
	}

	private static String arrayLiteral(List<?> items) {
		StringBuilder literal = new StringBuilder("{");
		for (int i = 0; i < items.size(); i++) {
			if (i > 0) {
				literal.append(',');
			}
			literal.append('"');
			String item = String.valueOf(items.get(i));
			for (int j = 0; j < item.length(); j++) {
				char c = item.charAt(j);
				if (c == '"' || c == '\\') {
					literal.append('\\');
				}
				literal.append(c);
			}
			literal.append('"');
		}
		return literal.append('}').toString();
	}

}
