/**
 * unionstats: the statistics pipeline of a municipal federation of trade unions.
 */
@NullMarked
package org.unionstats;

import org.jspecify.annotations.NullMarked;
