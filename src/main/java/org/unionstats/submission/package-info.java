/**
 * The submission lifecycle: the states a file taken from the inbox goes through.
 */
@NullMarked
package org.unionstats.submission;

import org.jspecify.annotations.NullMarked;
