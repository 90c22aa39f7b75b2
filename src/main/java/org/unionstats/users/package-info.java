/**
 * The web console's users: accounts, roles and their scope (a district or a federation),
 * passwords hashed with a modern hash, failed sign-ins counted.
 */
@NullMarked
package org.unionstats.users;

import org.jspecify.annotations.NullMarked;
