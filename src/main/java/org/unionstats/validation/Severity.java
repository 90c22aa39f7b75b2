package org.unionstats.validation;

/**
 * What an issue does to its submission: an error rejects it, a warning is reported and
 * stored.
 */
public enum Severity {

	ERROR, WARNING, INFO

}
