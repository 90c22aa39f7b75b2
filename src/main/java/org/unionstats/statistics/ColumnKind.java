package org.unionstats.statistics;

/**
 * How a report column's values are written: as text, a count, a signed change, a rate or
 * an amount.
 */
enum ColumnKind {

	TEXT, COUNT, CHANGE, RATE, AMOUNT

}
