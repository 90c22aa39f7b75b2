package org.unionstats.template;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import org.unionstats.UnionStatsProperties;
import org.unionstats.UserFacingException;
import org.unionstats.people.LocalTimes;
import org.unionstats.people.SharePaths;
import org.unionstats.registry.FederationDirectory;
import org.unionstats.registry.FederationEntry;
import org.unionstats.registry.Period;

/**
 * Writes the prefilled submission templates, for one federation or for all of them.
 */
@Component
public class TemplateGenerator {

	private final FederationDirectory directory;

	private final TemplatePrefillRepository prefill;

	private final TemplateWorkbookWriter writer;

	private final UnionStatsProperties properties;

	TemplateGenerator(FederationDirectory directory, TemplatePrefillRepository prefill, TemplateWorkbookWriter writer,
			UnionStatsProperties properties) {
		this.directory = directory;
		this.prefill = prefill;
		this.writer = writer;
		this.properties = properties;
	}

	/** The file name a template gets unless told otherwise. */
	public static String fileName(String federationCode, Period period) {
		return federationCode + "-" + period + "-报送模板.xlsx";
	}

	/**
	 * Writes one federation's template to {@code file}, or into it under the usual name
	 * when it is a folder.
	 */
	public WrittenTemplate writeOne(String federationCode, Period period, Path file) {
		checkAccepted(period);
		FederationEntry federation = this.directory.find(federationCode)
			.orElseThrow(() -> new UserFacingException(
					"federation '" + federationCode + "' is not in the registry (see 'registry import')", 2));
		Path target = Files.isDirectory(file) ? file.resolve(fileName(federationCode, period)) : file;
		return write(federation, period, this.prefill.deadline(period), target);
	}

	/** Writes every registered federation's template into {@code folder/<code>/}. */
	public List<WrittenTemplate> writeAll(Period period, Path folder, TemplateProgress progress) {
		checkAccepted(period);
		List<FederationEntry> federations = this.prefill.federations();
		Optional<LocalDate> deadline = this.prefill.deadline(period);
		List<WrittenTemplate> written = new ArrayList<>();
		for (FederationEntry federation : federations) {
			Path file = folder.resolve(federation.code()).resolve(fileName(federation.code(), period));
			WrittenTemplate template = write(federation, period, deadline, file);
			written.add(template);
			progress.written(written.size(), federations.size(), template);
		}
		return written;
	}

	private WrittenTemplate write(FederationEntry federation, Period period, Optional<LocalDate> deadline, Path file) {
		Optional<PreviousSubmission> previous = this.prefill.previousSubmission(federation.code(), period);
		// The clerk's view of the drop zone, not the server's: its path means nothing on
		// a
		// Windows share
		SharePaths share = SharePaths.of(this.properties);
		String generatedAt = LocalTimes.of(this.properties).shown(Instant.now());
		this.writer.write(new TemplateContent(federation, period, deadline, share.inbox(federation.code()),
				share.feedback(federation.code()), generatedAt, previous), file);
		return new WrittenTemplate(federation, file, previous.map(PreviousSubmission::period),
				previous.map(PreviousSubmission::facilityCount).orElse(0));
	}

	private void checkAccepted(Period period) {
		if (!this.properties.periodTypes().contains(period.type())) {
			throw new UserFacingException("period " + period + " is of a type this deployment does not accept "
					+ this.properties.periodTypes(), 2);
		}
	}

}
