package org.unionstats.approval;

import java.time.Instant;

/**
 * A district's return of a federation's accepted submission: who, when and why.
 */
public record ReturnedNote(String comment, String returnedBy, Instant returnedAt) {

}
