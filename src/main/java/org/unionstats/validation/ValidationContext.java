package org.unionstats.validation;

import java.time.LocalDate;

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

}
