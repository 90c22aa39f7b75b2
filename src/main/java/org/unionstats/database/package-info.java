/**
 * First-run database bootstrap and the application's database sessions.
 */
@NullMarked
package org.unionstats.database;

import org.jspecify.annotations.NullMarked;
