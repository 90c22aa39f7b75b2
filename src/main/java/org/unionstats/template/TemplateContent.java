package org.unionstats.template;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.unionstats.registry.FederationEntry;
import org.unionstats.registry.Period;
import org.unionstats.workbook.FacilityType;

/**
 * Everything one federation's template for one period shows.
 *
 * @param federation the federation the template is for
 * @param period the period to report
 * @param deadline the period's submission deadline, if one is set
 * @param inboxFolder the folder the filled workbook goes into, as the clerk sees it
 * @param feedbackFolder the folder the feedback comes back in, as the clerk sees it
 * @param generatedAt when the template was made, in the clerk's zone, the zone named
 * @param previous the federation's last accepted figures before the period, if any
 */
record TemplateContent(FederationEntry federation, Period period, Optional<LocalDate> deadline, String inboxFolder,
		String feedbackFolder, String generatedAt, Optional<PreviousSubmission> previous) {

	List<Map<String, Object>> prefilledFacilities(FacilityType type) {
		return this.previous.map((submission) -> submission.facilities(type)).orElse(List.of());
	}

	Optional<Object> prefilledProfileValue(String key) {
		return this.previous.map((submission) -> submission.profile().get(key));
	}

}
