/**
 * Municipal statistics: the marts statisticians query, the statistics job, the report
 * workbook and CSV files, and the completeness status.
 */
@NullMarked
package org.unionstats.statistics;

import org.jspecify.annotations.NullMarked;
