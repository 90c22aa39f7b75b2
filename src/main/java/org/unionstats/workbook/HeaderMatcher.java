package org.unionstats.workbook;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds a sheet's header row and the position of each template column, forgiving
 * full-width characters, spaces and unit spellings.
 */
public final class HeaderMatcher {

	/** The header row is looked for in the first rows only. */
	public static final int HEADER_SEARCH_ROWS = 10;

	private HeaderMatcher() {
	}

	/**
	 * Folds a header or label for comparison: NFKC (full-width to half-width, {@code ㎡}
	 * to {@code m2}), no whitespace, lower case, and {@code 平方米} as {@code m2}.
	 */
	public static String normalize(String text) {
		if (text == null) {
			return "";
		}
		String folded = Normalizer.normalize(text, Normalizer.Form.NFKC);
		StringBuilder out = new StringBuilder(folded.length());
		for (int i = 0; i < folded.length(); i++) {
			char ch = folded.charAt(i);
			if (!Character.isWhitespace(ch) && !Character.isSpaceChar(ch)) {
				out.append(ch);
			}
		}
		return out.toString().toLowerCase(Locale.ROOT).replace("平方米", "m2").replace("m²", "m2");
	}

	/**
	 * The layout of this row if it contains every required column, else {@code null}.
	 */
	public static HeaderLayout match(SheetRow row, List<ColumnSpec> columns) {
		int[] positions = positions(row, columns);
		for (int i = 0; i < columns.size(); i++) {
			if (columns.get(i).required() && positions[i] < 0) {
				return null;
			}
		}
		return new HeaderLayout(row.number(), columns, positions);
	}

	/** How many of the columns this row names. */
	public static int score(SheetRow row, List<ColumnSpec> columns) {
		int score = 0;
		for (int position : positions(row, columns)) {
			if (position >= 0) {
				score++;
			}
		}
		return score;
	}

	/** The texts of a row's cells, as a person would read the candidate headers. */
	public static List<String> texts(SheetRow row) {
		List<String> texts = new ArrayList<>();
		for (CellValue cell : row.cells()) {
			if (cell.kind() == CellValue.Kind.STRING && !cell.isBlank()) {
				texts.add(cell.text().trim());
			}
		}
		return texts;
	}

	/**
	 * The header present closest to the wanted one by edit distance on the folded forms,
	 * or {@code null} when none is reasonably close.
	 */
	public static String closest(String wanted, List<String> present) {
		String target = normalize(wanted);
		String best = null;
		int bestDistance = Integer.MAX_VALUE;
		for (String candidate : present) {
			int distance = distance(target, normalize(candidate));
			if (distance < bestDistance) {
				bestDistance = distance;
				best = candidate;
			}
		}
		return (best != null && bestDistance <= Math.max(2, target.length() / 2)) ? best : null;
	}

	static int distance(String a, String b) {
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int cost = (a.charAt(i - 1) == b.charAt(j - 1)) ? 0 : 1;
				current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}

	private static int[] positions(SheetRow row, List<ColumnSpec> columns) {
		int[] positions = new int[columns.size()];
		java.util.Arrays.fill(positions, -1);
		for (CellValue cell : row.cells()) {
			if (cell.kind() != CellValue.Kind.STRING) {
				continue;
			}
			String header = normalize(cell.text());
			for (int i = 0; i < columns.size(); i++) {
				if (positions[i] < 0 && header.equals(normalize(columns.get(i).header()))) {
					positions[i] = cell.column();
					break;
				}
			}
		}
		return positions;
	}

}
