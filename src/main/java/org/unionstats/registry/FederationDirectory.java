package org.unionstats.registry;

import java.util.Optional;

/**
 * Looks federations up in the registry.
 */
public interface FederationDirectory {

	Optional<FederationEntry> find(String federationCode);

}
