package org.unionstats.registry;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads districts and federations from a CSV file
 * ({@code code,name,district_code,district_name}), all or nothing, idempotently.
 */
@Component
public class RegistryImporter {

	private final JdbcClient jdbc;

	RegistryImporter(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional
	public RegistryImport importFile(Path file) {
		List<FederationEntry> entries = RegistryFile.read(file);
		Map<String, String> districts = new LinkedHashMap<>();
		entries.forEach((entry) -> districts.put(entry.districtCode(), entry.districtName()));
		districts.forEach((code, name) -> this.jdbc.sql("""
				INSERT INTO core.district (district_code, district_name) VALUES (:code, :name)
				ON CONFLICT (district_code) DO UPDATE SET district_name = EXCLUDED.district_name, updated_at = now()
				WHERE core.district.district_name IS DISTINCT FROM EXCLUDED.district_name""")
			.param("code", code)
			.param("name", name)
			.update());
		int inserted = 0;
		int updated = 0;
		for (FederationEntry entry : entries) {
			Boolean wasInserted = this.jdbc
				.sql("""
						INSERT INTO core.federation (federation_code, federation_name, district_code)
						VALUES (:code, :name, :district)
						ON CONFLICT (federation_code) DO UPDATE
						SET federation_name = EXCLUDED.federation_name, district_code = EXCLUDED.district_code, updated_at = now()
						WHERE (core.federation.federation_name, core.federation.district_code)
						      IS DISTINCT FROM (EXCLUDED.federation_name, EXCLUDED.district_code)
						RETURNING (xmax = 0)""")
				.param("code", entry.code())
				.param("name", entry.name())
				.param("district", entry.districtCode())
				.query(Boolean.class)
				.optional()
				.orElse(null);
			if (Boolean.TRUE.equals(wasInserted)) {
				inserted++;
			}
			else if (wasInserted != null) {
				updated++;
			}
		}
		return new RegistryImport(districts.size(), entries.size(), inserted, updated);
	}

}
