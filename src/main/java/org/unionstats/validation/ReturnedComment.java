package org.unionstats.validation;

/**
 * A district's return of the submission in force, passed on in the next file's feedback.
 */
public record ReturnedComment(String comment, String returnedBy) {

}
