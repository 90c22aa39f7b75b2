/**
 * The review of accepted submissions before they are final: a district approves or
 * returns its federations' figures, the city approves the district; every step audited.
 */
@NullMarked
package org.unionstats.approval;

import org.jspecify.annotations.NullMarked;
