/**
 * How a running node is doing: health indicators for the drop root and the scheduler, and
 * the project's own meters.
 */
package org.unionstats.health;
