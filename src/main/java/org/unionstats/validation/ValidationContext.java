package org.unionstats.validation;

import java.time.LocalDate;
import org.unionstats.registry.*;

public interface ValidationContext {

	String folderCode();

	FederationDirectory directory();

	boolean acceptsPeriodType(PeriodType type);

	boolean isClosed(Period period);

	LocalDate today();

}
