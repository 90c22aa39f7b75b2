package org.unionstats.registry;

/**
 * A registered sub-district federation and its district.
 */
public record FederationEntry(String code, String name, String districtCode, String districtName) {

}
