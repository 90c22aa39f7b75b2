package org.unionstats.statistics;

import java.util.List;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Draws the bar chart of active facilities by district beside the district table; it
 * needs a non-streaming sheet, which is why that sheet is built before streaming starts.
 */
final class DistrictChart {

	/** The bars' fill, #4472C4 (Excel's first theme accent), the same in every reader. */
	static final byte[] BAR_COLOUR = { (byte) 0x44, (byte) 0x72, (byte) 0xC4 };

	private DistrictChart() {
	}

	/**
	 * Charts the values of {@code valueColumn} against the names in {@code nameColumn}
	 * (the {@code names} written there), for data rows {@code firstRow..lastRow}.
	 */
	static void draw(XSSFSheet sheet, int firstRow, int lastRow, int nameColumn, int valueColumn, String title,
			List<String> names) {
		if (lastRow < firstRow) {
			return;
		}
		XSSFDrawing drawing = sheet.createDrawingPatriarch();
		int left = valueColumn + 4;
		XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, left, 1, left + 12, 24);
		XSSFChart chart = drawing.createChart(anchor);
		chart.setTitleText(title);
		chart.setTitleOverlay(false);
		XDDFCategoryAxis districts = chart.createCategoryAxis(AxisPosition.BOTTOM);
		XDDFValueAxis counts = chart.createValueAxis(AxisPosition.LEFT);
		counts.setCrosses(AxisCrosses.AUTO_ZERO);
		XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, districts, counts);
		data.setBarDirection(BarDirection.COL);
		XDDFChartData.Series series = data.addSeries(
				// The names as written, not read back: the workbook's shared strings are
				// kept in a file and cannot be read back.
				XDDFDataSourcesFactory.fromArray(names.toArray(String[]::new),
						new CellRangeAddress(firstRow, lastRow, nameColumn, nameColumn)
							.formatAsString(sheet.getSheetName(), true)),
				XDDFDataSourcesFactory.fromNumericCellRange(sheet,
						new CellRangeAddress(firstRow, lastRow, valueColumn, valueColumn)));
		series.setTitle(title, null);
		// Explicit: LibreOffice draws a series without a fill of its own as no bars at
		// all, where Excel falls back on its theme.
		series.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(BAR_COLOUR)));
		chart.plot(data);
	}

}
