package org.unionstats.validation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.unionstats.workbook.CellValue;
import org.unionstats.workbook.ColumnSpec;
import org.unionstats.workbook.HeaderMatcher;
import org.unionstats.workbook.SheetCursor;
import org.unionstats.workbook.SheetRow;
import org.unionstats.workbook.SpecialWorkFigures;
import org.unionstats.workbook.SubmissionProfile;
import org.unionstats.workbook.TemplateV1;
import org.unionstats.workbook.TemplateV2;

/**
 * Reads the profile sheet {@code 基本情况}: finds the {@code 项目}/{@code 数值} header, matches
 * each label to its field and checks each value on its own.
 */
final class ProfileSheetReader {

	private static final String OF_WHICH = "其中:";

	private final CellChecker checker;

	private final IssueMessages messages;

	private final HeaderFinder headerFinder;

	ProfileSheetReader(CellChecker checker, IssueMessages messages) {
		this.checker = checker;
		this.messages = messages;
		this.headerFinder = new HeaderFinder(messages);
	}

	/**
	 * Reads the sheet to its end.
	 * @return the profile and the positions of its fields, or {@code null} when the
	 * header row is missing (the issue says so)
	 */
	ProfileReading read(String sheet, SheetCursor cursor, LocalDate today, List<Issue> issues) {
		var layout = this.headerFinder.find(sheet, cursor, TemplateV1.PROFILE_HEADER, issues);
		if (layout == null) {
			return null;
		}
		int labelColumn = layout.positions()[0];
		int valueColumn = layout.positions()[1];
		// Every row any version has is collected; the declared version then says which
		// of them the workbook must have.
		List<ColumnSpec> fields = TemplateV2.PROFILE_FIELDS;
		CellValue[] values = new CellValue[fields.size()];
		int[] rows = new int[fields.size()];
		for (SheetRow row = cursor.next(); row != null; row = cursor.next()) {
			CellValue label = row.cell(labelColumn);
			int field = (label != null && label.kind() == CellValue.Kind.STRING) ? fieldIndex(label.text()) : -1;
			if (field >= 0 && rows[field] == 0) {
				rows[field] = row.number();
				values[field] = row.cell(valueColumn);
			}
		}
		Map<String, CellChecker.CellLocation> locations = new HashMap<>();
		Object[] typed = new Object[fields.size()];
		for (int i = 0; i < fields.size(); i++) {
			ColumnSpec spec = fields.get(i);
			if (TemplateV2.isSpecialWork(spec) && !TemplateV2.VERSION.equals(typed[0])) {
				// A v1 workbook knows nothing of these rows: its figures stay unknown.
				continue;
			}
			if (rows[i] == 0) {
				missing(sheet, spec, issues);
				continue;
			}
			CellChecker.CellLocation at = new CellChecker.CellLocation(sheet, valueColumn, rows[i]);
			locations.put(spec.key(), at);
			typed[i] = checkField(at, spec, values[i], today, issues);
		}
		return new ProfileReading(profile(typed), locations);
	}

	private Object checkField(CellChecker.CellLocation at, ColumnSpec spec, CellValue cell, LocalDate today,
			List<Issue> issues) {
		if ("template_version".equals(spec.key())) {
			return checkVersion(at, spec, cell, issues);
		}
		List<Issue> found = new ArrayList<>();
		Object value = this.checker.check(at, spec, cell, null, found);
		issues.addAll(found);
		if (value instanceof LocalDate date && today != null && date.isAfter(today)) {
			issues.add(this.messages.issueVariant(IssueCode.DATE_FUTURE, "today", at.sheet(), at.reference(), at.row(),
					spec.header(), date.toString(), today.toString()));
		}
		return value;
	}

	private String checkVersion(CellChecker.CellLocation at, ColumnSpec spec, CellValue cell, List<Issue> issues) {
		if (cell == null || cell.isBlank()) {
			issues.add(this.messages.issueVariant(IssueCode.TEMPLATE_VERSION, "missing", at.sheet(), at.reference(),
					at.row(), spec.header(), null, TemplateV2.VERSION));
			return null;
		}
		String text = this.checker.parser().text(cell);
		String folded = HeaderMatcher.normalize(text);
		if (folded.startsWith("v")) {
			folded = folded.substring(1);
		}
		for (String version : TemplateV2.SUPPORTED_VERSIONS) {
			if (folded.equals(version) || folded.equals(version + ".0")) {
				return version;
			}
		}
		issues.add(this.messages.issue(IssueCode.TEMPLATE_VERSION, at.sheet(), at.reference(), at.row(), spec.header(),
				CellChecker.abbreviate(text), String.join("/", TemplateV2.SUPPORTED_VERSIONS)));
		return null;
	}

	private void missing(String sheet, ColumnSpec spec, List<Issue> issues) {
		if ("template_version".equals(spec.key())) {
			issues.add(this.messages.issueVariant(IssueCode.TEMPLATE_VERSION, "missing", sheet, null, null,
					spec.header(), null, TemplateV2.VERSION));
		}
		else if (spec.required() || TemplateV2.isSpecialWork(spec)) {
			// A v2 workbook must have its rows, though their values may be blank.
			issues.add(this.messages.issueVariant(IssueCode.VALUE_REQUIRED, "label", sheet, null, null, spec.header(),
					null));
		}
	}

	private static int fieldIndex(String label) {
		String folded = HeaderMatcher.normalize(label);
		String bare = stripOfWhich(folded);
		List<ColumnSpec> fields = TemplateV2.PROFILE_FIELDS;
		for (int i = 0; i < fields.size(); i++) {
			String header = HeaderMatcher.normalize(fields.get(i).header());
			if (header.equals(folded) || stripOfWhich(header).equals(bare)) {
				return i;
			}
		}
		return -1;
	}

	private static String stripOfWhich(String folded) {
		return folded.startsWith(OF_WHICH) ? folded.substring(OF_WHICH.length()) : folded;
	}

	private static SubmissionProfile profile(Object[] v) {
		return new SubmissionProfile((String) v[0], (String) v[1], (String) v[2], (String) v[3], (String) v[4],
				(String) v[5], (String) v[6], (LocalDate) v[7], (Integer) v[8], (Integer) v[9], (Integer) v[10],
				(Integer) v[11], (Integer) v[12], (Integer) v[13], (Integer) v[14], (Integer) v[15], (Integer) v[16],
				(Integer) v[17], (Integer) v[18], (BigDecimal) v[19], TemplateV2.VERSION.equals(v[0])
						? SpecialWorkFigures.ofTemplateOrder(v, TemplateV1.PROFILE_FIELDS.size()) : null);
	}

	/**
	 * The profile as read, and where each field's value cell is.
	 *
	 * @param profile the profile
	 * @param locations the value cell of each field key present
	 */
	record ProfileReading(SubmissionProfile profile, Map<String, CellChecker.CellLocation> locations) {

	}

}
