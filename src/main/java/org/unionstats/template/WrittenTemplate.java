package org.unionstats.template;

import java.nio.file.Path;
import java.util.Optional;

import org.unionstats.registry.FederationEntry;
import org.unionstats.registry.Period;

/**
 * A template written to disk, and what it was prefilled from.
 *
 * @param federation the federation it is for
 * @param file where it was written
 * @param prefilledFrom the period of the accepted figures it carries, if any
 * @param prefilledFacilities how many facility rows were prefilled
 */
public record WrittenTemplate(FederationEntry federation, Path file, Optional<Period> prefilledFrom,
		int prefilledFacilities) {

}
