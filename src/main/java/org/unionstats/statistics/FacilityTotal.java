package org.unionstats.statistics;

import java.io.Serializable;

/**
 * A municipal total of one facility type, with its change against the previous period.
 *
 * @param facilityTypeZh the type's Chinese name
 * @param activeCount active facilities
 * @param previousPeriod the previous period
 * @param previousCount active facilities then, or null without data
 * @param change the difference, or null without data
 */
public record FacilityTotal(String facilityTypeZh, int activeCount, String previousPeriod, Integer previousCount,
		Integer change) implements Serializable {

}
