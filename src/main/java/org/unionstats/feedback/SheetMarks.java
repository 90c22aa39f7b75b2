package org.unionstats.feedback;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeMap;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;

import org.unionstats.feedback.CellMark.Flag;

/**
 * The cells to mark on one streamed sheet, taken off in row order as the sheet is copied,
 * and the marks made, which the comments part is written from.
 * <p>
 * An issue with a cell marks that cell; an issue with only a row marks the first cell the
 * row has in the sheet, or column A when it has none, as {@link CellAnnotator} does.
 */
final class SheetMarks {

	private final TreeMap<Integer, TreeMap<Integer, List<Flag>>> cells = new TreeMap<>();

	private final TreeMap<Integer, List<Flag>> rows = new TreeMap<>();

	private final Map<Integer, Integer> rowColumns = new HashMap<>();

	private final List<CellMark> marked = new ArrayList<>();

	void addCell(int row, int column, Flag flag) {
		this.cells.computeIfAbsent(row, (key) -> new TreeMap<>())
			.computeIfAbsent(column, (key) -> new ArrayList<>())
			.add(flag);
	}

	void addRow(int row, Flag flag) {
		this.rows.computeIfAbsent(row, (key) -> new ArrayList<>()).add(flag);
	}

	boolean isEmpty() {
		return this.cells.isEmpty() && this.rows.isEmpty() && this.marked.isEmpty();
	}

	/** The rows still to mark, in order. */
	NavigableSet<Integer> pendingRows() {
		TreeSet<Integer> pending = new TreeSet<>(this.cells.keySet());
		pending.addAll(this.rows.keySet());
		return pending;
	}

	/** Takes the cells of a row to mark, by column. */
	TreeMap<Integer, List<Flag>> takeCells(int row) {
		TreeMap<Integer, List<Flag>> taken = this.cells.remove(row);
		return (taken != null) ? taken : new TreeMap<>();
	}

	/** Takes the issues of a row that have no cell, or {@code null} when none. */
	@Nullable List<Flag> takeRowIssues(int row) {
		return this.rows.remove(row);
	}

	/** Records the column where the issues of a row without a cell were marked. */
	void rowMarkedAt(int row, int column) {
		this.rowColumns.put(row, column);
	}

	void marked(CellMark mark) {
		this.marked.add(mark);
	}

	/** The marks made, in the order of the sheet. */
	List<CellMark> marks() {
		return this.marked;
	}

	/** The column where a row's issues without a cell were marked, or {@code null}. */
	@Nullable Integer rowColumn(int row) {
		return this.rowColumns.get(row);
	}

}
