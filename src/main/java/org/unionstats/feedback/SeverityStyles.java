package org.unionstats.feedback;

import java.util.HashMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Workbook;

import org.unionstats.validation.Severity;

/**
 * The recoloured cell styles of one workbook, one per (original style, severity) pair, so
 * thousands of flagged cells share a handful of styles.
 */
final class SeverityStyles {

	private final Workbook workbook;

	private final int maxStyles;

	private final Map<Key, CellStyle> styles = new HashMap<>();

	SeverityStyles(Workbook workbook) {
		this.workbook = workbook;
		this.maxStyles = workbook.getSpreadsheetVersion().getMaxCellStyles();
	}

	/** The fill of a flagged cell: red for an error, yellow for a warning. */
	static IndexedColors fill(Severity severity) {
		return (severity == Severity.ERROR) ? IndexedColors.RED : IndexedColors.YELLOW;
	}

	/**
	 * The original style with the severity's fill, keeping its number format, font and
	 * borders; the original itself when the workbook has no room for another style.
	 */
	CellStyle flagged(CellStyle original, Severity severity) {
		Key key = new Key(original.getIndex(), severity);
		CellStyle style = this.styles.get(key);
		if (style == null) {
			if (this.workbook.getNumCellStyles() >= this.maxStyles) {
				return original;
			}
			style = this.workbook.createCellStyle();
			style.cloneStyleFrom(original);
			style.setFillForegroundColor(fill(severity).getIndex());
			style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			this.styles.put(key, style);
		}
		return style;
	}

	private record Key(int styleIndex, Severity severity) {

	}

}
