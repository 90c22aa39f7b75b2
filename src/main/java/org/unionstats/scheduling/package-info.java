/**
 * The {@code jobs/} catalogue turned into Quartz triggers, each firing starting its
 * Spring Batch job through the {@code JobOperator}, once per firing across the cluster.
 */
@NullMarked
package org.unionstats.scheduling;

import org.jspecify.annotations.NullMarked;
