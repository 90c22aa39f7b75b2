package org.unionstats.statistics;

/**
 * A federation without an accepted submission for the period.
 *
 * @param districtName its district
 * @param federationCode its code
 * @param federationName its name
 * @param stateZh {@code 未报送} or {@code 仅有退回}
 */
public record MissingFederation(String districtName, String federationCode, String federationName, String stateZh) {

}
