/**
 * The warehouse: staging COPY, warehouse checks, the set-based merge of a submission.
 */
@NullMarked
package org.unionstats.warehouse;

import org.jspecify.annotations.NullMarked;
