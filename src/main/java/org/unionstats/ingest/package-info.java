/**
 * The Spring Batch ingest job and its launcher.
 */
@NullMarked
package org.unionstats.ingest;

import org.jspecify.annotations.NullMarked;
