package org.unionstats.feedback;

/**
 * The outcome of a processed file, as told to the federation.
 */
public enum Verdict {

	ACCEPTED, REJECTED, DUPLICATE

}
