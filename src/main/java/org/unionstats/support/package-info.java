/**
 * Small helpers that several features share.
 */
@NullMarked
package org.unionstats.support;

import org.jspecify.annotations.NullMarked;
