package org.unionstats.statistics;

import java.util.List;

import org.unionstats.registry.Period;

/**
 * What a statistics run produced: where the report is, and the headline figures.
 *
 * @param period the period reported on
 * @param paths where the workbook and CSV files are
 * @param totals the municipal totals by facility type
 * @param completeness the city's completeness line
 */
public record StatisticsOutcome(Period period, ReportPaths paths, List<FacilityTotal> totals,
		CompletenessLine completeness) {

}
