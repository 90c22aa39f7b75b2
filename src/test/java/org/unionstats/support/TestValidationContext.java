package org.unionstats.support;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import org.unionstats.registry.FederationDirectory;
import org.unionstats.registry.Period;
import org.unionstats.registry.PeriodType;
import org.unionstats.validation.ValidationContext;

/**
 * A validation context for tests: a fixed registry, today and period settings.
 *
 * @param folderCode the drop folder's federation, or {@code null}
 * @param directory the registry
 * @param periodTypes the accepted period types
 * @param closedPeriods the closed periods, as text
 * @param today the date taken as today
 */
public record TestValidationContext(String folderCode, FederationDirectory directory, Set<PeriodType> periodTypes,
		Set<String> closedPeriods, LocalDate today) implements ValidationContext {

	/** The folder of 广安门外街道, every period type open, today 2018-03-01. */
	public static TestValidationContext guanganmenwai() {
		return new TestValidationContext("110102020", InMemoryFederationDirectory.withDefaults(),
				EnumSet.allOf(PeriodType.class), Set.of(), LocalDate.of(2018, 3, 1));
	}

	public TestValidationContext withFolder(String code) {
		return new TestValidationContext(code, this.directory, this.periodTypes, this.closedPeriods, this.today);
	}

	public TestValidationContext withPeriodTypes(Set<PeriodType> types) {
		return new TestValidationContext(this.folderCode, this.directory, types, this.closedPeriods, this.today);
	}

	public TestValidationContext withClosed(String period) {
		return new TestValidationContext(this.folderCode, this.directory, this.periodTypes, Set.of(period), this.today);
	}

	@Override
	public boolean acceptsPeriodType(PeriodType type) {
		return this.periodTypes.contains(type);
	}

	@Override
	public boolean isClosed(Period period) {
		return this.closedPeriods.contains(period.text());
	}

}
