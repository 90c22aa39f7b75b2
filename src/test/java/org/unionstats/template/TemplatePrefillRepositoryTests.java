package org.unionstats.template;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.unionstats.registry.Period;

import static org.assertj.core.api.Assertions.assertThat;

class TemplatePrefillRepositoryTests {

	@Test
	void prefillsFromTheLatestPeriodEndingBeforeTheTemplatesPeriod() {
		// given
		List<String> accepted = List.of("2016", "2017-H1", "2017-Q3", "2018", "2018-Q1");

		// when / then
		assertThat(TemplatePrefillRepository.latestBefore(accepted, period("2018")).map(Period::text))
			.contains("2017-Q3");
		assertThat(TemplatePrefillRepository.latestBefore(accepted, period("2017-Q3")).map(Period::text))
			.contains("2017-H1");
		assertThat(TemplatePrefillRepository.latestBefore(accepted, period("2016"))).isEmpty();
	}

	@Test
	void prefersThePeriodOfTheSameTypeThenTheShorterOneWhenTwoEndOnTheSameDay() {
		// given 2017 and 2017-Q4 and 2017-H2 all end on 2017-12-31
		List<String> accepted = List.of("2017", "2017-H2", "2017-Q4");

		// when / then
		assertThat(TemplatePrefillRepository.latestBefore(accepted, period("2018")).map(Period::text)).contains("2017");
		assertThat(TemplatePrefillRepository.latestBefore(accepted, period("2018-H1")).map(Period::text))
			.contains("2017-H2");
		assertThat(TemplatePrefillRepository.latestBefore(accepted, period("2018-01")).map(Period::text))
			.contains("2017-Q4");
	}

	private static Period period(String text) {
		return Period.parse(text).orElseThrow();
	}

}
