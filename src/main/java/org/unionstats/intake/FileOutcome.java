package org.unionstats.intake;

import java.nio.file.Path;

/**
 * What became of one file in a pass.
 *
 * @param folderCode the federation whose folder the file came from
 * @param originalName the file's name as dropped
 * @param period the period the workbook declares, or {@code null}
 * @param outcome ACCEPTED, REJECTED, DUPLICATE or SUPERSEDED
 * @param errors how many errors were found
 * @param warnings how many warnings were found
 * @param feedback the feedback workbook written for the federation
 * @param placed where the original now lies
 */
public record FileOutcome(String folderCode, String originalName, String period, String outcome, int errors,
		int warnings, Path feedback, Path placed) {

}
