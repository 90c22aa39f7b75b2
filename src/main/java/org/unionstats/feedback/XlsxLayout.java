package org.unionstats.feedback;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * What the streaming annotator needs to know of a package before copying it: its workbook
 * part, sheets, styles and shared strings, read from the small parts only.
 *
 * @param workbookPart the workbook part's entry name, e.g. {@code xl/workbook.xml}
 * @param workbook the workbook part
 * @param workbookRelationships the workbook's relationships part
 * @param contentTypes the content types part
 * @param sheets the sheets in workbook order
 * @param stylesPart the styles part, or {@code null} when there is none
 * @param sharedStringsPart the shared strings part, or {@code null} when there is none
 */
record XlsxLayout(String workbookPart, Document workbook, Document workbookRelationships, Document contentTypes,
		List<Sheet> sheets, @Nullable String stylesPart, @Nullable String sharedStringsPart) {

	static final String CONTENT_TYPES = "[Content_Types].xml";

	static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

	static final String RELATIONSHIPS_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

	static final String PACKAGE_RELATIONSHIPS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";

	static final String WORKSHEET_TYPE = RELATIONSHIPS_NS + "/worksheet";

	private static final String DOCUMENT_TYPE = RELATIONSHIPS_NS + "/officeDocument";

	/**
	 * One sheet of the workbook.
	 *
	 * @param name the name shown on its tab
	 * @param part its entry name, or {@code null} when the package lacks it
	 * @param worksheet whether it is a worksheet (not a chart or dialog sheet)
	 * @param notes the comments it already has, or {@code null} when it has none
	 */
	record Sheet(String name, @Nullable String part, boolean worksheet, @Nullable Notes notes) {

	}

	/**
	 * The comments a sheet already has and the legacy drawing of their shapes.
	 *
	 * @param comments the comments part, or {@code null} when there is none or several
	 * @param drawing the legacy drawing part, or {@code null} when there is none or
	 * several
	 */
	record Notes(@Nullable String comments, @Nullable String drawing) {

		/** Whether new comments can be merged in: one part of each. */
		boolean mergeable() {
			return this.comments != null && this.drawing != null;
		}

	}

	/** Reads the layout; a package that is no transitional workbook throws. */
	static XlsxLayout read(XlsxPackage pkg) throws IOException {
		String workbookPart = null;
		for (Element rel : Dom.children(pkg.document("_rels/.rels").getDocumentElement(), "Relationship")) {
			if (DOCUMENT_TYPE.equals(rel.getAttribute("Type"))) {
				workbookPart = XlsxPackage.resolve("", rel.getAttribute("Target"));
			}
		}
		if (workbookPart == null || !pkg.has(workbookPart)) {
			throw new IOException("No workbook part");
		}
		workbookPart = pkg.stored(workbookPart);
		Document workbook = pkg.document(workbookPart);
		if (!MAIN_NS.equals(workbook.getDocumentElement().getNamespaceURI())) {
			throw new IOException("Not a transitional SpreadsheetML workbook");
		}
		String relsPart = XlsxPackage.relationshipsOf(workbookPart);
		Document rels = pkg.document(relsPart);
		String styles = null;
		String strings = null;
		for (Element rel : Dom.children(rels.getDocumentElement(), "Relationship")) {
			String type = rel.getAttribute("Type");
			String target = XlsxPackage.resolve(workbookPart, rel.getAttribute("Target"));
			if (type.equals(RELATIONSHIPS_NS + "/styles") && pkg.has(target)) {
				styles = pkg.stored(target);
			}
			else if (type.equals(RELATIONSHIPS_NS + "/sharedStrings") && pkg.has(target)) {
				strings = pkg.stored(target);
			}
		}
		List<Sheet> sheets = new ArrayList<>();
		Element sheetsElement = Dom.child(workbook.getDocumentElement(), "sheets");
		for (Element sheet : (sheetsElement != null) ? Dom.children(sheetsElement, "sheet") : List.<Element>of()) {
			Element rel = Dom.byId(rels, sheet.getAttributeNS(RELATIONSHIPS_NS, "id"));
			String part = (rel != null) ? XlsxPackage.resolve(workbookPart, rel.getAttribute("Target")) : null;
			boolean worksheet = rel != null && WORKSHEET_TYPE.equals(rel.getAttribute("Type"));
			String stored = (part != null) ? pkg.stored(part) : null;
			sheets.add(new Sheet(sheet.getAttribute("name"), stored, worksheet,
					(stored != null) ? notes(pkg, stored) : null));
		}
		return new XlsxLayout(workbookPart, workbook, rels, pkg.document(CONTENT_TYPES), sheets, styles, strings);
	}

	/** The workbook's relationships part. */
	String workbookRelationshipsPart() {
		return XlsxPackage.relationshipsOf(this.workbookPart);
	}

	/** The sheet of that name as POI finds it (ignoring case), or by its trimmed name. */
	@Nullable Sheet sheet(String name) {
		for (Sheet sheet : this.sheets) {
			if (sheet.name().equalsIgnoreCase(name)) {
				return sheet;
			}
		}
		for (Sheet sheet : this.sheets) {
			if (sheet.name().trim().equals(name.trim())) {
				return sheet;
			}
		}
		return null;
	}

	private static @Nullable Notes notes(XlsxPackage pkg, String sheetPart) throws IOException {
		String relsPart = XlsxPackage.relationshipsOf(sheetPart);
		if (!pkg.has(relsPart)) {
			return null;
		}
		List<String> comments = new ArrayList<>();
		List<String> drawings = new ArrayList<>();
		for (Element rel : Dom.children(pkg.document(relsPart).getDocumentElement(), "Relationship")) {
			String type = rel.getAttribute("Type");
			String target = XlsxPackage.resolve(sheetPart, rel.getAttribute("Target"));
			if (type.endsWith("/comments")) {
				comments.add(pkg.stored(target));
			}
			else if (type.endsWith("/vmlDrawing")) {
				drawings.add(pkg.stored(target));
			}
		}
		if (comments.isEmpty() && drawings.isEmpty()) {
			return null;
		}
		return new Notes((comments.size() == 1) ? comments.get(0) : null,
				(drawings.size() == 1) ? drawings.get(0) : null);
	}

}
