package org.unionstats.scheduling;

import java.util.List;

/**
 * Every job definition found in the {@code jobs/} folder, in file-name order.
 *
 * @param definitions the definitions, enabled or not
 */
record JobCatalogue(List<JobDefinition> definitions) {

	public JobCatalogue {
		definitions = List.copyOf(definitions);
	}

	public List<JobDefinition> enabled() {
		return this.definitions.stream().filter(JobDefinition::enabled).toList();
	}

}
