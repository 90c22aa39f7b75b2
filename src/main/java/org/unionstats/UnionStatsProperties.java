package org.unionstats;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.jspecify.annotations.Nullable;
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
 * @param annotateMaxRows above this many data rows, a copy made in memory (.xls, or an
 * .xlsx the stream cannot take) is not made: feedback is the issue list alone
 * @param swingPercent COUNT_SWING fires above this relative change ...
 * @param swingMinimum ... when the absolute change is also above this
 * @param workers how many files are processed in parallel
 * @param readerRole the read-only role statisticians use
 * @param maxTries how many times handling a file may fail for reasons not its own before
 * it is set aside in {@code failed/}
 * @param sharePath the drop root as federations see it on their share (e.g.
 * {@code \\files\drop}), named in every text meant for their clerks; {@code null} names
 * folders relative to the share ({@code inbox\110102020})
 * @param timeZone the zone of every time shown to people (feedback, names of feedback
 * files, templates); the server's zone when not set. The database keeps UTC.
 */
@ConfigurationProperties("unionstats")
public record UnionStatsProperties(@DefaultValue("./drop") Path dropRoot, @DefaultValue( {
		"YEAR", "HALF", "QUARTER", "MONTH" }) Set<PeriodType> periodTypes, @DefaultValue("10s") Duration quietTime,
		@DefaultValue("50MB") DataSize maxFileSize, @DefaultValue("200000") int maxRowsPerSheet,
		@DefaultValue("1000000") int maxSharedStrings, @DefaultValue("10000") int annotateMaxRows,
		@DefaultValue("50") int swingPercent, @DefaultValue("5") int swingMinimum, @DefaultValue("2") int workers,
		@DefaultValue("unionstats_reader") String readerRole, @DefaultValue("3") int maxTries,
		@Nullable String sharePath, ZoneId timeZone){

	public UnionStatsProperties {
		sharePath = (sharePath == null || sharePath.isBlank()) ? null : sharePath.strip();
		timeZone = (timeZone != null) ? timeZone : ZoneId.systemDefault();
	}

	/**
	 * Settings with every default, for code that runs outside Spring (tests, benchmarks).
	 */
	public static UnionStatsProperties defaults(Path dropRoot) {
		return bind(Map.of("unionstats.drop-root", dropRoot.toString()));
	}

	/**
	 * Settings bound from the given properties (e.g. {@code unionstats.max-file-size}),
	 * every other one at its default, exactly as the application binds them: the defaults
	 * live in the annotations above and nowhere else.
	 */
	public static UnionStatsProperties bind(Map<String, ?> properties) {
		return new Binder(new MapConfigurationPropertySource(properties)).bindOrCreate("unionstats",
				Bindable.of(UnionStatsProperties.class));
	}

	/**
	 * These settings with another share path and time zone, for code that runs outside
	 * Spring.
	 */
	public UnionStatsProperties withClerkView(@Nullable String sharePath, ZoneId timeZone) {
		return new UnionStatsProperties(this.dropRoot, this.periodTypes, this.quietTime, this.maxFileSize,
				this.maxRowsPerSheet, this.maxSharedStrings, this.annotateMaxRows, this.swingPercent, this.swingMinimum,
				this.workers, this.readerRole, this.maxTries, sharePath, timeZone);
	}

}
