package org.unionstats.workbook;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Header matching folds widths, spaces and unit spellings.
 */
class HeaderMatcherTests {

	@Test
	void foldsFullWidthSpacesAndUnitSpellings() {
		String template = HeaderMatcher.normalize("面积（平方米）");
		assertThat(HeaderMatcher.normalize(" 面积(㎡) ")).isEqualTo(template);
		assertThat(HeaderMatcher.normalize("面积（m2）")).isEqualTo(template);
		assertThat(HeaderMatcher.normalize("面积 (M2)")).isEqualTo(template);
		assertThat(HeaderMatcher.normalize("其中：基层工会委员会")).isEqualTo(HeaderMatcher.normalize("其中:基层工会委员会"));
	}

	@Test
	void findsHeaderRowWithColumnsInAnyOrder() {
		SheetRow row = new SheetRow(3,
				List.of(CellValue.text(0, "地址"), CellValue.text(2, "名称"), CellValue.text(5, "编号")));
		HeaderLayout layout = HeaderMatcher.match(row, TemplateV1.columns(FacilityType.SERVICE_STATION));
		assertThat(layout).isNotNull();
		assertThat(layout.headerRow()).isEqualTo(3);
		assertThat(layout.positions()).startsWith(5, 2, 0);
	}

	@Test
	void refusesRowWithoutAllRequiredColumns() {
		SheetRow row = new SheetRow(1, List.of(CellValue.text(0, "编号"), CellValue.text(1, "名称")));
		assertThat(HeaderMatcher.match(row, TemplateV1.columns(FacilityType.SERVICE_STATION))).isNull();
	}

	@Test
	void suggestsTheClosestHeaderPresent() {
		assertThat(HeaderMatcher.closest("地址", List.of("详细地址", "备注"))).isEqualTo("详细地址");
		assertThat(HeaderMatcher.closest("举办地点", List.of("照片"))).isNull();
	}

}
