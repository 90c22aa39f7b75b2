/**
 * Municipal statistics: the marts statisticians query, the statistics job, the report
 * workbook and CSV files, and the completeness status.
 */
package org.unionstats.statistics;
