package org.unionstats.validation;

import java.time.LocalDate;
import java.util.Optional;

import org.unionstats.registry.FederationDirectory;
import org.unionstats.registry.Period;
import org.unionstats.registry.PeriodType;

/**
 * What validation needs to know besides the file itself.
 */
public interface ValidationContext {

	/**
	 * The federation owning the drop folder the file came from, or {@code null} not to
	 * check.
	 */
	String folderCode();

	FederationDirectory directory();

	boolean acceptsPeriodType(PeriodType type);

	boolean isClosed(Period period);

	LocalDate today();

	/**
	 * Whether the federation's figures for the period are approved (by its district or
	 * the city): a new workbook is then refused.
	 */
	default boolean isApproved(String federationCode, Period period) {
		return false;
	}

	/**
	 * The comment and the district user of a return of the federation's submission in
	 * force, to pass on in the feedback of its next file; empty when not returned.
	 */
	default Optional<ReturnedComment> returnedComment(String federationCode, Period period) {
		return Optional.empty();
	}

}
