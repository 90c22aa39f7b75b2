/**
 * Districts, federations and periods (open or closed, deadlines, targets), and registry
 * import.
 */
@NullMarked
package org.unionstats.registry;

import org.jspecify.annotations.NullMarked;
