/**
 * How a running node is doing: health indicators for the drop root and the scheduler, and
 * the project's own meters.
 */
@NullMarked
package org.unionstats.health;

import org.jspecify.annotations.NullMarked;
