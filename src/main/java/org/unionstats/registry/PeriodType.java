package org.unionstats.registry;

/**
 * The kinds of reporting period: year, half-year, quarter and month.
 */
public enum PeriodType {

	YEAR, HALF, QUARTER, MONTH

}
