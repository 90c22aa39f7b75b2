package org.unionstats.statistics;

import java.io.Serializable;

/**
 * How many federations of a district (or of the whole city) have submitted.
 *
 * @param districtCode the district code, or null for the total
 * @param districtName the district name, or {@code 合计}
 * @param expected federations in the registry
 * @param accepted federations with an accepted submission
 * @param rejectedOnly federations whose files were all rejected
 * @param missing federations that sent nothing
 * @param onTime federations accepted by the deadline, or null without a deadline
 */
public record CompletenessLine(String districtCode, String districtName, int expected, int accepted, int rejectedOnly,
		int missing, Integer onTime) implements Serializable {

}
