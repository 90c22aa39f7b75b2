package org.unionstats.registry;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Looks federations up in {@code core.federation}.
 */
@Component
class JdbcFederationDirectory implements FederationDirectory {

	private final JdbcClient jdbc;

	JdbcFederationDirectory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<FederationEntry> find(String federationCode) {
		return this.jdbc.sql("""
				SELECT f.federation_code, f.federation_name, f.district_code, d.district_name
				FROM core.federation f JOIN core.district d USING (district_code)
				WHERE f.federation_code = :code""")
			.param("code", federationCode)
			.query((rs, row) -> new FederationEntry(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
			.optional();
	}

}
