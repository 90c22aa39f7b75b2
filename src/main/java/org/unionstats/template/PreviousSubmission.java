package org.unionstats.template;

import java.util.List;
import java.util.Map;

import org.unionstats.registry.Period;
import org.unionstats.workbook.FacilityType;

/**
 * A federation's last accepted figures before the template's period, used to prefill it.
 *
 * @param period the period the figures were accepted for
 * @param profile profile values by {@code ColumnSpec.key()} (numbers only; blanks absent)
 * @param facilities the reported facilities of that snapshot, each a map of values by
 * {@code ColumnSpec.key()}, in the order they first appeared
 */
record PreviousSubmission(Period period, Map<String, Object> profile,
		Map<FacilityType, List<Map<String, Object>>> facilities) {

	public List<Map<String, Object>> facilities(FacilityType type) {
		return this.facilities.getOrDefault(type, List.of());
	}

	public int facilityCount() {
		return this.facilities.values().stream().mapToInt(List::size).sum();
	}

}
