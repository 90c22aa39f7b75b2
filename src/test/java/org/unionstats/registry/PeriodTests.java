package org.unionstats.registry;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PeriodTests {

	@Test
	void readsEachNotationTrimmedAndInEitherCase() {
		assertThat(Period.require(" 2017 ")).isEqualTo(Period.of(PeriodType.YEAR, 2017, 1));
		assertThat(Period.require("2017-h2")).isEqualTo(Period.of(PeriodType.HALF, 2017, 2));
		assertThat(Period.require("2017-q3")).hasToString("2017-Q3");
		assertThat(Period.require("2017-09").startsOn()).isEqualTo(LocalDate.of(2017, 9, 1));
	}

	@Test
	void aMalformedPeriodIsRefusedWithTheFormsAPeriodTakes() {
		assertThatIllegalArgumentException().isThrownBy(() -> Period.require("2017-13"))
			.withMessage("'2017-13' is not a period: use YYYY, YYYY-H1/H2, YYYY-Q1..Q4 or YYYY-MM");
		assertThat(Period.parse("2017-13")).isEmpty();
	}

	@Test
	void thePeriodBeforeTheFirstOfAYearIsTheLastOfTheYearBefore() {
		assertThat(Period.require("2018-Q1").previous()).hasToString("2017-Q4");
		assertThat(Period.require("2018-01").previous()).hasToString("2017-12");
		assertThat(Period.require("2018").previous()).hasToString("2017");
	}

}
