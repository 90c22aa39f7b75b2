/**
 * What people are shown of the system: the drop zone's folders as they see them on their
 * share, times in their zone, and files they can open.
 */
@NullMarked
package org.unionstats.people;

import org.jspecify.annotations.NullMarked;
