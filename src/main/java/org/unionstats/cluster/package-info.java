/**
 * Coordination between the processes sharing one database: each process's lease, and the
 * lock that runs a job on one node at a time.
 */
@NullMarked
package org.unionstats.cluster;

import org.jspecify.annotations.NullMarked;
