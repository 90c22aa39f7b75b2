package org.unionstats.feedback;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.CellUtil;
import org.jspecify.annotations.Nullable;

import org.unionstats.validation.Issue;
import org.unionstats.validation.Severity;

/**
 * Marks the cells of a workbook that carry issues: a red or yellow fill and a comment
 * with the messages, Chinese first and English on the next line.
 * <p>
 * An issue with a cell marks that cell. An issue with only a row marks the row's first
 * cell (column A when the row is empty), so the row is easy to find. Issues without a
 * row, or whose sheet or cell does not exist in this workbook, are in the issue list
 * only.
 */
final class CellAnnotator {

	static final String AUTHOR = "unionstats";

	private final Workbook workbook;

	private final CreationHelper factory;

	private final SeverityStyles styles;

	private final SpreadsheetVersion version;

	private final Map<Sheet, Drawing<?>> drawings = new HashMap<>();

	CellAnnotator(Workbook workbook) {
		this.workbook = workbook;
		this.factory = workbook.getCreationHelper();
		this.styles = new SeverityStyles(workbook);
		this.version = workbook.getSpreadsheetVersion();
	}

	void annotate(List<Issue> issues) {
		removeEarlierComments();
		Map<Sheet, Map<CellAddress, List<Issue>>> bySheet = new LinkedHashMap<>();
		for (Issue issue : issues) {
			Sheet sheet = (issue.sheet() != null) ? findSheet(issue.sheet()) : null;
			CellAddress address = (sheet != null) ? address(sheet, issue) : null;
			if (sheet != null && address != null) {
				bySheet.computeIfAbsent(sheet, (key) -> new LinkedHashMap<>())
					.computeIfAbsent(address, (key) -> new ArrayList<>())
					.add(issue);
			}
		}
		bySheet.forEach((sheet, cells) -> cells.forEach((address, cellIssues) -> mark(sheet, address, cellIssues)));
	}

	/**
	 * Drops the comments of an earlier feedback, in case a federation drops its annotated
	 * copy again; the federation's own comments stay.
	 */
	private void removeEarlierComments() {
		for (Sheet sheet : this.workbook) {
			for (Comment comment : List.copyOf(sheet.getCellComments().values())) {
				if (AUTHOR.equals(comment.getAuthor())) {
					Cell cell = CellUtil.getCell(CellUtil.getRow(comment.getRow(), sheet), comment.getColumn());
					cell.removeCellComment();
				}
			}
		}
	}

	/**
	 * Where the issue is marked in this workbook, as a reference for a link (e.g.
	 * {@code '工会服务站'!D7}), or {@code null} when it is in the issue list only.
	 */
	@Nullable String location(Issue issue) {
		Sheet sheet = (issue.sheet() != null) ? findSheet(issue.sheet()) : null;
		CellAddress address = (sheet != null) ? address(sheet, issue) : null;
		if (sheet == null || address == null) {
			return null;
		}
		return "'" + sheet.getSheetName().replace("'", "''") + "'!" + address.formatAsString();
	}

	private @Nullable Sheet findSheet(String name) {
		Sheet sheet = this.workbook.getSheet(name);
		if (sheet != null) {
			return sheet;
		}
		// The reader matches sheet names with surrounding spaces trimmed
		for (Sheet candidate : this.workbook) {
			if (candidate.getSheetName().trim().equals(name.trim())) {
				return candidate;
			}
		}
		return null;
	}

	private @Nullable CellAddress address(Sheet sheet, Issue issue) {
		if (issue.cellRef() != null) {
			return parse(issue.cellRef());
		}
		if (issue.row() == null || issue.row() < 1 || issue.row() - 1 > this.version.getLastRowIndex()) {
			return null;
		}
		Row row = sheet.getRow(issue.row() - 1);
		int column = (row != null && row.getFirstCellNum() >= 0) ? row.getFirstCellNum() : 0;
		return new CellAddress(issue.row() - 1, column);
	}

	private @Nullable CellAddress parse(String cellRef) {
		try {
			CellReference reference = new CellReference(cellRef.trim());
			boolean inside = reference.getRow() >= 0 && reference.getRow() <= this.version.getLastRowIndex()
					&& reference.getCol() >= 0 && reference.getCol() <= this.version.getLastColumnIndex();
			return inside ? new CellAddress(reference.getRow(), reference.getCol()) : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private void mark(Sheet sheet, CellAddress address, List<Issue> issues) {
		Cell cell = CellUtil.getCell(CellUtil.getRow(address.getRow(), sheet), address.getColumn());
		Severity worst = issues.stream().map(Issue::severity).min(Enum::compareTo).orElseThrow();
		if (worst != Severity.INFO) {
			cell.setCellStyle(this.styles.flagged(cell.getCellStyle(), worst));
		}
		comment(sheet, cell, text(issues));
	}

	private void comment(Sheet sheet, Cell cell, String text) {
		Comment existing = cell.getCellComment();
		if (existing != null) {
			// One comment per cell: ours goes first, the federation's own text stays
			// below
			String own = existing.getString().getString();
			existing.setString(this.factory.createRichTextString(text + "\n\n" + own));
			return;
		}
		Drawing<?> drawing = this.drawings.computeIfAbsent(sheet, Sheet::createDrawingPatriarch);
		// The anchor starts at the cell itself: XSSF files a new comment under the
		// anchor's
		// top-left cell, and a neighbour may already carry one
		ClientAnchor anchor = this.factory.createClientAnchor();
		int lastColumn = Math.min(cell.getColumnIndex() + 4, this.version.getLastColumnIndex());
		int lastRow = Math.min(cell.getRowIndex() + 6, this.version.getLastRowIndex());
		anchor.setCol1(cell.getColumnIndex());
		anchor.setRow1(cell.getRowIndex());
		anchor.setCol2(lastColumn);
		anchor.setRow2(lastRow);
		Comment comment = drawing.createCellComment(anchor);
		comment.setString(this.factory.createRichTextString(text));
		comment.setAuthor(AUTHOR);
		cell.setCellComment(comment);
	}

	static String text(List<Issue> issues) {
		StringBuilder text = new StringBuilder();
		for (Issue issue : issues) {
			if (!text.isEmpty()) {
				text.append("\n\n");
			}
			text.append(issue.messageZh()).append('\n').append(issue.messageEn());
		}
		return text.toString();
	}

}
