package org.unionstats.workbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The date styles read from {@code styles.xml} with StAX are the ones POI's own
 * {@code StylesTable} finds.
 */
class DateStylesTests {

	@Test
	void builtInAndCustomFormatsAreJudgedAsPoiJudgesThem() throws Exception {
		byte[] workbook;
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			for (String format : new String[] { "m/d/yy", "0.00", "yyyy\"年\"m\"月\"d\"日\"", "@",
					"[$-F800]dddd\\,\\ mmmm", "h:mm:ss", "#,##0", "yyyy-mm-dd hh:mm", "General" }) {
				CellStyle style = book.createCellStyle();
				style.setDataFormat(book.createDataFormat().getFormat(format));
			}
			book.createSheet("Sheet1");
			book.write(out);
			workbook = out.toByteArray();
		}

		boolean[] poi;
		boolean[] streamed;
		try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(workbook))) {
			XSSFReader reader = new XSSFReader(pkg);
			StylesTable styles = reader.getStylesTable();
			poi = new boolean[styles.getNumCellStyles()];
			for (int i = 0; i < poi.length; i++) {
				XSSFCellStyle style = styles.getStyleAt(i);
				poi[i] = DateUtil.isADateFormat(style.getDataFormat(), style.getDataFormatString());
			}
			try (InputStream in = reader.getStylesData()) {
				streamed = DateStyles.read(in);
			}
		}

		assertThat(streamed).containsExactly(poi);
		assertThat(streamed).containsExactly(false, true, false, true, false, true, true, false, true, false);
	}

	@Test
	void onlyTheCellFormatsCountNotTheNamedStylesBeforeThem() throws Exception {
		String styles = """
				<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
				  <numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy/mm/dd"/></numFmts>
				  <cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>
				  <cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="164"><alignment/></xf><xf/></cellXfs>
				</styleSheet>""";

		boolean[] dates = DateStyles.read(new ByteArrayInputStream(styles.getBytes(StandardCharsets.UTF_8)));

		assertThat(dates).containsExactly(false, true, false);
	}

}
