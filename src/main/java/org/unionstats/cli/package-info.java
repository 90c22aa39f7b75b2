/**
 * The picocli commands, one class each, and the start of Spring per command.
 */
@NullMarked
package org.unionstats.cli;

import org.jspecify.annotations.NullMarked;
