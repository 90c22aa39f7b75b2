package org.unionstats.health;

import java.time.Clock;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.TimeGauge;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import org.unionstats.registry.FederationDirectory;
import org.unionstats.registry.FederationEntry;

/**
 * The project's own meters, which ingestion updates once per processed file.
 */
@Component
public class IngestMetrics {

	/** The outcomes a processed file can have. */
	public static final Set<String> OUTCOMES = Set.of("accepted", "rejected", "duplicate", "superseded");

	private final MeterRegistry registry;

	private final Clock clock;

	private final Map<String, AtomicLong> lastSuccess = new ConcurrentHashMap<>();

	private final FederationDirectory directory;

	private final Map<String, String> districts = new ConcurrentHashMap<>();

	@Autowired
	public IngestMetrics(MeterRegistry registry, FederationDirectory directory) {
		this(registry, directory, Clock.systemUTC());
	}

	IngestMetrics(MeterRegistry registry, FederationDirectory directory, Clock clock) {
		this.registry = registry;
		this.directory = directory;
		this.clock = clock;
	}

	/**
	 * Records one processed file.
	 * @param federationCode the federation whose folder the file came from
	 * @param outcome one of {@link #OUTCOMES}
	 * @param rows the rows staged from the file
	 * @param issuesByCode how many issues of each code the file had
	 */
	public void fileProcessed(String federationCode, String outcome, long rows, Map<String, Integer> issuesByCode) {
		if (!OUTCOMES.contains(outcome)) {
			// Tags become time series: an open set of values would grow without bound.
			throw new IllegalArgumentException("Unknown outcome '" + outcome + "', expected one of " + OUTCOMES);
		}
		Counter.builder("unionstats.files")
			.description("Workbooks processed, by outcome")
			.tag("outcome", outcome)
			.register(this.registry)
			.increment();
		Counter.builder("unionstats.rows.staged")
			.description("Rows staged from processed workbooks")
			.register(this.registry)
			.increment(rows);
		issuesByCode.forEach((code, count) -> Counter.builder("unionstats.issues")
			.description("Validation issues found, by code")
			.tag("code", code)
			.register(this.registry)
			.increment(count));
		if ("accepted".equals(outcome)) {
			// One series a district, not a federation: series must not grow with the
			// registry (41,000 federations nationally); the warehouse knows each one.
			lastSuccess(districtOf(federationCode)).set(this.clock.millis());
		}
	}

	/**
	 * Records a failed try at handling a file, for a reason not the file's own.
	 * @param stage where it failed: claim, stage, decide or publish
	 * @param setAside whether the file was set aside (it kept failing) rather than left
	 * for another try
	 */
	public void fileFailed(String stage, boolean setAside) {
		Counter.builder("unionstats.files.failed")
			.description("Failed tries at handling a file, by stage and what became of the file")
			.tag("stage", stage)
			.tag("then", setAside ? "set_aside" : "retry")
			.register(this.registry)
			.increment();
	}

	/**
	 * Looked up once a federation per process, not once a file: a federation changes
	 * district rarely, and a gauge a pass late then is harmless.
	 */
	private String districtOf(String federationCode) {
		return this.districts.computeIfAbsent(federationCode,
				(code) -> this.directory.find(code).map(FederationEntry::districtCode).orElse("unregistered"));
	}

	private AtomicLong lastSuccess(String districtCode) {
		return this.lastSuccess.computeIfAbsent(districtCode, (code) -> {
			AtomicLong millis = new AtomicLong();
			TimeGauge.builder("unionstats.ingest.last.success", millis, TimeUnit.MILLISECONDS, AtomicLong::doubleValue)
				.description("When a workbook of a federation of the district was last accepted (since the epoch)")
				.tag("district", code)
				.register(this.registry);
			return millis;
		});
	}

}
