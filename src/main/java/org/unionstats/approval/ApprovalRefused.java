package org.unionstats.approval;

/**
 * An approval step that the federation's (or district's) present state does not allow;
 * the message is for the person who asked, in Chinese and English.
 */
public class ApprovalRefused extends RuntimeException {

	public ApprovalRefused(String message) {
		super(message);
	}

}
