package org.unionstats.validation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.unionstats.workbook.CellValue;
import org.unionstats.workbook.ColumnSpec;
import org.unionstats.workbook.FacilityRow;
import org.unionstats.workbook.FacilityType;
import org.unionstats.workbook.HeaderLayout;
import org.unionstats.workbook.HeaderMatcher;
import org.unionstats.workbook.SheetCursor;
import org.unionstats.workbook.SheetRow;
import org.unionstats.workbook.TemplateV1;

/**
 * Reads the data rows of one facility sheet below its header, one item per row, keeping
 * only the codes seen (for duplicates) and the totals row.
 */
final class FacilitySheetReader {

	private static final String[] TOTALS_LABELS = { "合计", "总计" };

	private final FacilityType type;

	private final String sheet;

	private final SheetCursor cursor;

	private final HeaderLayout layout;

	private final CellChecker checker;

	private final IssueMessages messages;

	private final LocalDate periodStart;

	private final LocalDate periodEnd;

	private final Map<String, Integer> firstRowOfCode = new HashMap<>();

	private final TooLongCells tooLongCells;

	/** Cut cells of rows that are no data row (blank or totals), reported at the end. */
	private final List<Issue> skippedRowIssues = new ArrayList<>();

	private final int codeColumn;

	private final int nameColumn;

	private int dataRows;

	private SheetRow totalsRow;

	FacilitySheetReader(FacilityType type, String sheet, SheetCursor cursor, HeaderLayout layout, CellChecker checker,
			IssueMessages messages, LocalDate periodStart, LocalDate periodEnd) {
		this.type = type;
		this.sheet = sheet;
		this.cursor = cursor;
		this.layout = layout;
		this.checker = checker;
		this.messages = messages;
		this.periodStart = periodStart;
		this.periodEnd = periodEnd;
		this.tooLongCells = new TooLongCells(messages);
		this.codeColumn = position("code");
		this.nameColumn = position("name");
	}

	/** The next data row, or {@code null} at the end of the sheet. */
	FacilityItem next() {
		for (SheetRow row = this.cursor.next(); row != null; row = this.cursor.next()) {
			if (row.number() <= this.layout.headerRow()) {
				continue;
			}
			if (row.isBlank() || isTotals(row)) {
				this.tooLongCells.report(this.sheet, row, this.skippedRowIssues);
				this.totalsRow = row.isBlank() ? this.totalsRow : row;
				continue;
			}
			this.dataRows++;
			return read(row);
		}
		return null;
	}

	/** What is known only at the end of the sheet: a totals row that disagrees. */
	List<Issue> closingIssues() {
		List<Issue> issues = new ArrayList<>(this.skippedRowIssues);
		Issue totals = totalsMismatch();
		if (totals != null) {
			issues.add(totals);
		}
		return issues;
	}

	private Issue totalsMismatch() {
		if (this.totalsRow == null) {
			return null;
		}
		CellValue count = totalsCount(this.totalsRow);
		if (count == null) {
			return null;
		}
		Integer value = this.checker.parser().integer(count);
		if (value != null && value == this.dataRows) {
			return null;
		}
		String found = this.checker.parser().text(count);
		return this.messages.issue(IssueCode.TOTAL_ROW_MISMATCH, this.sheet, count.reference(this.totalsRow.number()),
				this.totalsRow.number(), null, found, this.dataRows);
	}

	private FacilityItem read(SheetRow row) {
		List<Issue> issues = new ArrayList<>();
		this.tooLongCells.report(this.sheet, row, issues);
		List<ColumnSpec> columns = this.layout.columns();
		CellValue[] cells = this.layout.arrange(row);
		Map<String, Object> values = new HashMap<>();
		for (int i = 0; i < columns.size(); i++) {
			int position = this.layout.positions()[i];
			if (position < 0) {
				continue;
			}
			CellChecker.CellLocation at = new CellChecker.CellLocation(this.sheet, position, row.number());
			// Only opening dates must not lie after the period: a class may run past its
			// end.
			LocalDate notAfter = "opened_on".equals(columns.get(i).key()) ? this.periodEnd : null;
			Object value = this.checker.check(at, columns.get(i), cells[i], notAfter, issues);
			if (value != null) {
				values.put(columns.get(i).key(), value);
			}
		}
		checkDuplicate(row.number(), (String) values.get("code"), issues);
		checkDateOrder(row.number(), values, issues);
		checkClassBeforePeriod(row.number(), values, issues);
		return new FacilityItem(toRow(row.number(), values), issues, this.nameColumn);
	}

	private void checkDuplicate(int rowNumber, String code, List<Issue> issues) {
		if (code == null) {
			return;
		}
		Integer first = this.firstRowOfCode.putIfAbsent(code, rowNumber);
		if (first == null) {
			return;
		}
		if (first > 0) {
			// The earlier row was already handed out: flag it here, once.
			issues.add(duplicate(first, code, first, rowNumber));
			this.firstRowOfCode.put(code, -first);
		}
		issues.add(duplicate(rowNumber, code, Math.abs(first), rowNumber));
	}

	private Issue duplicate(int rowNumber, String code, int firstRow, int laterRow) {
		String ref = org.unionstats.workbook.CellReferences.reference(this.codeColumn, rowNumber);
		return this.messages.issue(IssueCode.CODE_DUPLICATE, this.sheet, ref, rowNumber, "编号", code, firstRow,
				laterRow);
	}

	private void checkDateOrder(int rowNumber, Map<String, Object> values, List<Issue> issues) {
		LocalDate starts = (LocalDate) values.get("starts_on");
		LocalDate ends = (LocalDate) values.get("ends_on");
		if (starts != null && ends != null && ends.isBefore(starts)) {
			String ref = org.unionstats.workbook.CellReferences.reference(position("ends_on"), rowNumber);
			issues.add(this.messages.issue(IssueCode.DATE_ORDER, this.sheet, ref, rowNumber, "结班日期", ends.toString(),
					starts.toString()));
		}
	}

	/**
	 * A prefilled class of last year left in the sheet: it is kept (its history stays
	 * whole) but never counted, as it does not overlap the period.
	 */
	private void checkClassBeforePeriod(int rowNumber, Map<String, Object> values, List<Issue> issues) {
		LocalDate ends = (LocalDate) values.get("ends_on");
		if (this.type != FacilityType.CHILDCARE_CLASS || this.periodStart == null || ends == null
				|| !ends.isBefore(this.periodStart)) {
			return;
		}
		LocalDate starts = (LocalDate) values.get("starts_on");
		String ref = org.unionstats.workbook.CellReferences.reference(position("starts_on"), rowNumber);
		issues.add(this.messages.issue(IssueCode.CLASS_BEFORE_PERIOD, this.sheet, ref, rowNumber, "开班日期",
				(starts != null) ? starts.toString() : null, ends.toString(), this.periodStart.toString()));
	}

	@SuppressWarnings("unchecked")
	private FacilityRow toRow(int rowNumber, Map<String, Object> v) {
		String status = (String) v.get("status");
		List<String> services = (List<String>) v.get("services");
		return new FacilityRow(this.type, rowNumber, (String) v.get("code"), (String) v.get("name"),
				(String) v.get("address"), (status != null) ? status : TemplateV1.STATUS_RUNNING,
				(BigDecimal) v.get("area_sqm"), (Integer) v.get("staff_count"), (LocalDate) v.get("opened_on"),
				(Boolean) v.get("outdoor_service"), (String) v.get("host_unit"),
				(services != null) ? List.copyOf(services) : List.of(), (String) v.get("workplace"),
				(String) v.get("level"), (Integer) v.get("covered_members"), (String) v.get("class_type"),
				(LocalDate) v.get("starts_on"), (LocalDate) v.get("ends_on"), (Integer) v.get("children"));
	}

	private int position(String key) {
		List<ColumnSpec> columns = this.layout.columns();
		for (int i = 0; i < columns.size(); i++) {
			if (columns.get(i).key().equals(key)) {
				return this.layout.positions()[i];
			}
		}
		return -1;
	}

	private static boolean isTotals(SheetRow row) {
		CellValue first = row.firstNonBlank();
		// Every totals label ends in 计, which no other character folds to: most rows are
		// decided without the costly normalisation.
		if (first == null || first.kind() != CellValue.Kind.STRING || first.text().indexOf('计') < 0) {
			return false;
		}
		String label = HeaderMatcher.normalize(first.text());
		for (String totals : TOTALS_LABELS) {
			if (label.equals(totals) || label.startsWith(totals + ":")) {
				return true;
			}
		}
		return false;
	}

	/** The first cell after the label that holds a number (or a number as text). */
	private CellValue totalsCount(SheetRow row) {
		CellValue label = row.firstNonBlank();
		for (CellValue cell : row.cells()) {
			if (cell.column() > label.column() && this.checker.parser().decimal(cell) != null) {
				return cell;
			}
		}
		return null;
	}

}
