package org.unionstats;

import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

import org.unionstats.registry.PeriodType;

/**
 * The project's own settings, under {@code unionstats.*}.
 *
 * @param dropRoot the drop zone's root folder
 * @param periodTypes the period types this deployment accepts
 * @param quietTime how long a file must stay unchanged before it is picked up
 * @param maxFileSize the largest workbook accepted
 * @param maxRowsPerSheet the most rows a sheet may have
 * @param maxSharedStrings the most entries a workbook's shared-strings table may have
 * @param annotateMaxRows above this many data rows, feedback is the issue list alone
 * @param swingPercent COUNT_SWING fires above this relative change ...
 * @param swingMinimum ... when the absolute change is also above this
 * @param workers how many files are processed in parallel
 * @param readerRole the read-only role statisticians use
 * @param maxTries how many times handling a file may fail for reasons not its own before
 * it is set aside in {@code failed/}
 */
@ConfigurationProperties("unionstats")
public record UnionStatsProperties(@DefaultValue("./drop") Path dropRoot, @DefaultValue( {
		"YEAR", "HALF", "QUARTER", "MONTH" }) Set<PeriodType> periodTypes, @DefaultValue("10s") Duration quietTime,
		@DefaultValue("50MB") DataSize maxFileSize, @DefaultValue("200000") int maxRowsPerSheet,
		@DefaultValue("1000000") int maxSharedStrings, @DefaultValue("10000") int annotateMaxRows,
		@DefaultValue("50") int swingPercent, @DefaultValue("5") int swingMinimum, @DefaultValue("2") int workers,
		@DefaultValue("unionstats_reader") String readerRole, @DefaultValue("3") int maxTries){

	/**
	 * Settings with every default, for code that runs outside Spring (tests, benchmarks).
	 */
	public static UnionStatsProperties defaults(Path dropRoot) {
		return new UnionStatsProperties(dropRoot, EnumSet.allOf(PeriodType.class), Duration.ofSeconds(10),
				DataSize.ofMegabytes(50), 200_000, 1_000_000, 50_000, 50, 5, 2, "unionstats_reader", 3);
	}

}
