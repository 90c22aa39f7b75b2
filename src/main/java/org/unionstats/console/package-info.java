/**
 * The web console of {@code serve}: sign-in, the pages of the overview, districts,
 * federations, runs, files and reports, and the review buttons; scope enforced here.
 * Loaded only in a web application, never by one-shot commands.
 */
@NullMarked
package org.unionstats.console;

import org.jspecify.annotations.NullMarked;
