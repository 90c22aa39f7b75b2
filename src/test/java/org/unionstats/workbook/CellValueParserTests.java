package org.unionstats.workbook;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.apache.poi.ss.usermodel.DateUtil;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How raw cells become the template's types.
 */
class CellValueParserTests {

	private final CellValueParser parser = new CellValueParser(false);

	@Test
	void readsDatesTypedAsTextInTheSpellingsOfTheSpec() {
		assertThat(this.parser.date(CellValue.text(0, "2017-06-21"))).isEqualTo(LocalDate.of(2017, 6, 21));
		assertThat(this.parser.date(CellValue.text(0, "2017/6/21"))).isEqualTo(LocalDate.of(2017, 6, 21));
		assertThat(this.parser.date(CellValue.text(0, "2017年6月21日"))).isEqualTo(LocalDate.of(2017, 6, 21));
		assertThat(this.parser.date(CellValue.text(0, "2017-02-30"))).isNull();
		assertThat(this.parser.date(CellValue.text(0, "下个月"))).isNull();
	}

	@Test
	void readsExcelSerialsOfBothDateSystems() {
		assertThat(this.parser.date(CellValue.number(0, 42907, true))).isEqualTo(LocalDate.of(2017, 6, 21));
		assertThat(new CellValueParser(true).date(CellValue.number(0, 41445, true)))
			.isEqualTo(LocalDate.of(2017, 6, 21));
	}

	@Test
	void readsSerialsAsExcelDoes() {
		for (boolean date1904 : new boolean[] { false, true }) {
			CellValueParser parser = new CellValueParser(date1904);
			for (int serial = 1; serial <= 2958465; serial += (serial < 100) ? 1 : 97) {
				if (serial == 60 && !date1904) {
					continue; // 29 February 1900, a day Excel counts but java.time does
								// not
				}
				assertThat(parser.date(CellValue.number(0, serial + 0.75, true))).as("%d (1904: %s)", serial, date1904)
					.isEqualTo(DateUtil.getLocalDateTime(serial + 0.75, date1904).toLocalDate());
			}
		}
	}

	@Test
	void readsNumbersTypedAsText() {
		assertThat(this.parser.decimal(CellValue.text(0, " 1,234.5 "))).isEqualByComparingTo("1234.5");
		assertThat(this.parser.integer(CellValue.text(0, "１２"))).isEqualTo(12);
		assertThat(this.parser.integer(CellValue.text(0, "12.5"))).isNull();
		assertThat(this.parser.integer(CellValue.number(0, 12.0, false))).isEqualTo(12);
		assertThat(this.parser.decimal(CellValue.text(0, "十二"))).isNull();
	}

	@Test
	void readsBooleansInEverySpellingOfTheSpec() {
		for (String yes : new String[] { "是", "Y", "y", "√", "true", "TRUE" }) {
			assertThat(this.parser.bool(CellValue.text(0, yes))).as(yes).isTrue();
		}
		for (String no : new String[] { "否", "N", "×", "false" }) {
			assertThat(this.parser.bool(CellValue.text(0, no))).as(no).isFalse();
		}
		assertThat(this.parser.bool(CellValue.text(0, "有"))).isNull();
		assertThat(this.parser.bool(CellValue.bool(0, true))).isTrue();
	}

	@Test
	void splitsListsOnEverySeparatorOfTheSpec() {
		assertThat(this.parser.list(CellValue.text(0, "饮水、热饭，充电,休息;雨伞；血压计"))).containsExactly("饮水", "热饭", "充电", "休息",
				"雨伞", "血压计");
	}

	@Test
	void writesWholeNumbersWithoutDecimalPoint() {
		assertThat(this.parser.text(CellValue.number(0, 110102020, false))).isEqualTo("110102020");
		assertThat(this.parser.text(CellValue.number(0, 0.1 + 0.2, false))).isEqualTo("0.30000000000000004");
		assertThat(new BigDecimal(this.parser.text(CellValue.number(0, 12.5, false)))).isEqualByComparingTo("12.5");
	}

}
