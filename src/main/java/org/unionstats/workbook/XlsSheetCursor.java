package org.unionstats.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.hssf.record.BOFRecord;
import org.apache.poi.hssf.record.BoolErrRecord;
import org.apache.poi.hssf.record.CellValueRecordInterface;
import org.apache.poi.hssf.record.EOFRecord;
import org.apache.poi.hssf.record.FormulaRecord;
import org.apache.poi.hssf.record.LabelRecord;
import org.apache.poi.hssf.record.LabelSSTRecord;
import org.apache.poi.hssf.record.MulRKRecord;
import org.apache.poi.hssf.record.NumberRecord;
import org.apache.poi.hssf.record.RKRecord;
import org.apache.poi.hssf.record.Record;
import org.apache.poi.hssf.record.RecordFactoryInputStream;
import org.apache.poi.hssf.record.SSTRecord;
import org.apache.poi.hssf.record.StringRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;

/**
 * Pulls the rows of one .xls sheet from its records; BIFF8 stores cells row by row, so a
 * row is complete when a cell of a later row arrives.
 */
final class XlsSheetCursor implements SheetCursor {

	private final InputStream in;

	private final RecordFactoryInputStream records;

	private final SSTRecord sharedStrings;

	private final boolean[] dateStyles;

	private final int maxRows;

	private int rowsRead;

	private int depth;

	private boolean finished;

	private int currentRow = -1;

	private List<CellValue> currentCells = new ArrayList<>();

	/** A formula with a string result: its text follows in a STRING record. */
	private FormulaRecord pendingStringFormula;

	XlsSheetCursor(InputStream in, RecordFactoryInputStream records, SSTRecord sharedStrings, boolean[] dateStyles,
			int maxRows) {
		this.in = in;
		this.records = records;
		this.sharedStrings = sharedStrings;
		this.dateStyles = dateStyles;
		this.maxRows = maxRows;
	}

	@Override
	public SheetRow next() {
		try {
			while (!this.finished) {
				Record record = this.records.nextRecord();
				if (record == null) {
					this.finished = true;
					break;
				}
				SheetRow completed = accept(record);
				if (completed != null) {
					return completed;
				}
			}
			return flush();
		}
		catch (WorkbookReadException ex) {
			throw ex;
		}
		catch (RuntimeException ex) {
			throw new WorkbookReadException(WorkbookProblem.UNREADABLE, WorkbookOpener.describe(ex), ex);
		}
	}

	private SheetRow accept(Record record) {
		if (record instanceof BOFRecord) {
			this.depth++;
			return null;
		}
		if (record instanceof EOFRecord) {
			// Charts embedded in a sheet nest their own BOF/EOF pairs.
			if (--this.depth <= 0) {
				this.finished = true;
			}
			return null;
		}
		if (this.depth > 1) {
			return null;
		}
		if (record instanceof StringRecord string && this.pendingStringFormula != null) {
			CellValue cell = CellValue.boundedText(this.pendingStringFormula.getColumn(), string.getString());
			int row = this.pendingStringFormula.getRow();
			this.pendingStringFormula = null;
			return add(row, cell);
		}
		if (record instanceof MulRKRecord mulRk) {
			SheetRow completed = null;
			for (int i = 0; i < mulRk.getNumColumns(); i++) {
				CellValue cell = CellValue.number(mulRk.getFirstColumn() + i, mulRk.getRKNumberAt(i),
						isDate(mulRk.getXFAt(i)));
				SheetRow done = add(mulRk.getRow(), cell);
				completed = (done != null) ? done : completed;
			}
			return completed;
		}
		if (record instanceof CellValueRecordInterface cellRecord) {
			CellValue cell = toCell(cellRecord);
			return (cell != null) ? add(cellRecord.getRow(), cell) : null;
		}
		return null;
	}

	private CellValue toCell(CellValueRecordInterface record) {
		int column = record.getColumn();
		if (record instanceof NumberRecord number) {
			return CellValue.number(column, number.getValue(), isDate(number.getXFIndex()));
		}
		if (record instanceof RKRecord rk) {
			return CellValue.number(column, rk.getRKNumber(), isDate(rk.getXFIndex()));
		}
		if (record instanceof LabelSSTRecord label) {
			return CellValue.boundedText(column, sharedString(label.getSSTIndex()));
		}
		if (record instanceof LabelRecord label) {
			return CellValue.boundedText(column, label.getValue());
		}
		if (record instanceof BoolErrRecord boolErr) {
			return boolErr.isBoolean() ? CellValue.bool(column, boolErr.getBooleanValue())
					: CellValue.error(column, errorText(boolErr.getErrorValue()));
		}
		if (record instanceof FormulaRecord formula) {
			return formulaResult(formula);
		}
		return null;
	}

	private CellValue formulaResult(FormulaRecord formula) {
		int column = formula.getColumn();
		if (formula.hasCachedResultString()) {
			this.pendingStringFormula = formula;
			return null;
		}
		CellType type = formula.getCachedResultTypeEnum();
		return switch (type) {
			case NUMERIC -> CellValue.number(column, formula.getValue(), isDate(formula.getXFIndex()));
			case BOOLEAN -> CellValue.bool(column, formula.getCachedBooleanValue());
			case ERROR -> CellValue.error(column, errorText(formula.getCachedErrorValue()));
			default -> CellValue.formulaWithoutResult(column);
		};
	}

	private SheetRow add(int rowIndex, CellValue cell) {
		SheetRow completed = null;
		if (rowIndex != this.currentRow) {
			completed = flush();
			this.currentRow = rowIndex;
		}
		this.currentCells.add(cell);
		return completed;
	}

	private SheetRow flush() {
		if (this.currentRow < 0 || this.currentCells.isEmpty()) {
			return null;
		}
		if (++this.rowsRead > this.maxRows) {
			throw WorkbookReadException.tooLarge("rows", this.maxRows, "Too many rows");
		}
		List<CellValue> cells = this.currentCells;
		cells.sort((a, b) -> Integer.compare(a.column(), b.column()));
		SheetRow row = new SheetRow(this.currentRow + 1, cells);
		this.currentCells = new ArrayList<>();
		this.currentRow = -1;
		return row;
	}

	private String sharedString(int index) {
		if (this.sharedStrings == null || index < 0 || index >= this.sharedStrings.getNumUniqueStrings()) {
			throw new WorkbookReadException(WorkbookProblem.UNREADABLE, "Shared string index out of range");
		}
		return this.sharedStrings.getString(index).getString();
	}

	private boolean isDate(int xfIndex) {
		return xfIndex >= 0 && xfIndex < this.dateStyles.length && this.dateStyles[xfIndex];
	}

	private static String errorText(int code) {
		try {
			return FormulaError.forInt(code).getString();
		}
		catch (IllegalArgumentException ex) {
			return "#ERROR!";
		}
	}

	@Override
	public void close() {
		try {
			this.in.close();
		}
		catch (IOException ex) {
			// Read-only stream: nothing is lost.
		}
	}

}
