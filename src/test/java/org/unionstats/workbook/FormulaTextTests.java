package org.unionstats.workbook;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Text a spreadsheet could run as a formula once leading whitespace and control
 * characters are skipped.
 */
class FormulaTextTests {

	@Test
	void takesTextStartingWithAFormulaCharacterForAFormula() {
		assertThat(FormulaText.looksLikeFormula("=1+1")).isTrue();
		assertThat(FormulaText.looksLikeFormula("+86 10")).isTrue();
		assertThat(FormulaText.looksLikeFormula("-cmd")).isTrue();
		assertThat(FormulaText.looksLikeFormula("@SUM(A1)")).isTrue();
	}

	@Test
	void looksPastLeadingWhitespaceAndControlCharacters() {
		assertThat(FormulaText.looksLikeFormula("\t=1+1")).isTrue();
		assertThat(FormulaText.looksLikeFormula("\r\n=HYPERLINK(\"x\")")).isTrue();
		assertThat(FormulaText.looksLikeFormula("  =1")).isTrue();
		assertThat(FormulaText.looksLikeFormula("\u3000\u00A0+1")).isTrue();
		assertThat(FormulaText.looksLikeFormula("\u0000@x")).isTrue();
	}

	@Test
	void leavesOtherTextAlone() {
		assertThat(FormulaText.looksLikeFormula("")).isFalse();
		assertThat(FormulaText.looksLikeFormula(" \t ")).isFalse();
		assertThat(FormulaText.looksLikeFormula("广安门外 =1")).isFalse();
		assertThat(FormulaText.looksLikeFormula("a-b")).isFalse();
	}

}
