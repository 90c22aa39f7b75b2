package org.unionstats.workbook;

import org.unionstats.UnionStatsProperties;

/**
 * The limits a reader enforces on a user's file, so a hostile file cannot exhaust memory.
 *
 * @param maxFileSize the largest file accepted, in bytes
 * @param maxRowsPerSheet the most rows a sheet may have
 * @param maxSharedStrings the most entries a shared-strings table may have
 */
public record ReadLimits(long maxFileSize, int maxRowsPerSheet, int maxSharedStrings) {

	public static ReadLimits of(UnionStatsProperties settings) {
		return new ReadLimits(settings.maxFileSize().toBytes(), settings.maxRowsPerSheet(),
				settings.maxSharedStrings());
	}

}
