package org.unionstats.feedback;

public enum Verdict {

	ACCEPTED, REJECTED, DUPLICATE

}
