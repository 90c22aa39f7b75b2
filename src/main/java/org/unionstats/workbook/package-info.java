/**
 * Reading submission workbooks as streams: template definition, sheets, header matching,
 * typed cells.
 */
@NullMarked
package org.unionstats.workbook;

import org.jspecify.annotations.NullMarked;
