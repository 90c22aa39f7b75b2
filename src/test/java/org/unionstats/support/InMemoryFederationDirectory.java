package org.unionstats.support;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.unionstats.registry.FederationDirectory;
import org.unionstats.registry.FederationEntry;

/**
 * A registry held in a map, for tests: 广安门外街道 and 天桥街道 of 西城区 by default.
 */
public final class InMemoryFederationDirectory implements FederationDirectory {

	private final Map<String, FederationEntry> entries = new HashMap<>();

	public static InMemoryFederationDirectory withDefaults() {
		return new InMemoryFederationDirectory().add(new FederationEntry("110102020", "广安门外街道", "110102", "西城区"))
			.add(new FederationEntry("110102019", "天桥街道", "110102", "西城区"));
	}

	public InMemoryFederationDirectory add(FederationEntry entry) {
		this.entries.put(entry.code(), entry);
		return this;
	}

	@Override
	public Optional<FederationEntry> find(String federationCode) {
		return Optional.ofNullable(this.entries.get(federationCode));
	}

}
