package org.unionstats.statistics;

/**
 * How a report column's values are written: as text, a count, a signed change or a rate.
 */
enum ColumnKind {

	TEXT, COUNT, CHANGE, RATE

}
