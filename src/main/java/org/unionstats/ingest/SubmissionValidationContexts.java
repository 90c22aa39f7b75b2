package org.unionstats.ingest;

import java.time.LocalDate;
import java.util.Set;

import org.springframework.stereotype.Component;

import org.unionstats.UnionStatsProperties;
import org.unionstats.registry.FederationDirectory;
import org.unionstats.registry.Period;
import org.unionstats.registry.PeriodRegistry;
import org.unionstats.registry.PeriodType;
import org.unionstats.validation.ValidationContext;

/**
 * Builds what validation needs to know about the registry and the deployment, for the
 * federation whose folder a file came from.
 */
@Component
class SubmissionValidationContexts {

	private final FederationDirectory directory;

	private final PeriodRegistry periods;

	private final Set<PeriodType> acceptedTypes;

	SubmissionValidationContexts(FederationDirectory directory, PeriodRegistry periods,
			UnionStatsProperties properties) {
		this.directory = directory;
		this.periods = periods;
		this.acceptedTypes = properties.periodTypes();
	}

	ValidationContext forFolder(String folderCode) {
		return new FolderValidationContext(folderCode);
	}

	private final class FolderValidationContext implements ValidationContext {

		private final String folderCode;

		FolderValidationContext(String folderCode) {
			this.folderCode = folderCode;
		}

		@Override
		public String folderCode() {
			return this.folderCode;
		}

		@Override
		public FederationDirectory directory() {
			return SubmissionValidationContexts.this.directory;
		}

		@Override
		public boolean acceptsPeriodType(PeriodType type) {
			return SubmissionValidationContexts.this.acceptedTypes.contains(type);
		}

		@Override
		public boolean isClosed(Period period) {
			return SubmissionValidationContexts.this.periods.isClosed(period);
		}

		@Override
		public LocalDate today() {
			return LocalDate.now();
		}

	}

}
