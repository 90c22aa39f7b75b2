/**
 * The prefilled, fillable workbook a federation downloads.
 */
@NullMarked
package org.unionstats.template;

import org.jspecify.annotations.NullMarked;
