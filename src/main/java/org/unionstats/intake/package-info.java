/**
 * The drop zone: scanning, quiet time, claiming, recovery, publishing and failed files.
 */
@NullMarked
package org.unionstats.intake;

import org.jspecify.annotations.NullMarked;
