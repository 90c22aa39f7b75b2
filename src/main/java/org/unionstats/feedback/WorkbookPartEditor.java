package org.unionstats.feedback;

import java.io.IOException;
import java.util.List;
import java.util.Set;

import javax.xml.XMLConstants;

import org.jspecify.annotations.Nullable;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Puts the issue list first in a workbook part, as {@link IssueListSheetWriter} does in a
 * workbook held in memory: the first, active and first visible sheet, with the names that
 * belong to it (its filter), and every sheet-local name moved one sheet on.
 */
final class WorkbookPartEditor {

	/** Workbook children that come after {@code definedNames} (ECMA-376 CT_Workbook). */
	private static final Set<String> BEFORE_DEFINED_NAMES = Set.of("fileVersion", "fileSharing", "workbookPr",
			"workbookProtection", "bookViews", "sheets", "functionGroups", "externalReferences");

	private WorkbookPartEditor() {
	}

	/**
	 * @param listNames the names of the issue list sheet (its filter's)
	 * @param relationshipId the relationship of the workbook to the issue list's part
	 */
	static void addIssueList(Document workbook, List<IssueListPart.SheetName> listNames, String relationshipId)
			throws IOException {
		Element root = workbook.getDocumentElement();
		Element sheets = Dom.child(root, "sheets");
		if (sheets == null) {
			throw new IOException("A workbook part without sheets");
		}
		int maxId = 0;
		for (Element sheet : Dom.children(sheets, "sheet")) {
			maxId = Math.max(maxId, parse(sheet.getAttribute("sheetId")));
		}
		Element list = Dom.create(sheets, "sheet");
		list.setAttribute("name", IssueListSheetWriter.SHEET_NAME);
		list.setAttribute("sheetId", Integer.toString(maxId + 1));
		list.setAttributeNS(XlsxLayout.RELATIONSHIPS_NS, relationshipPrefix(root) + ":id", relationshipId);
		sheets.insertBefore(list, sheets.getFirstChild());
		Element views = Dom.child(root, "bookViews");
		for (Element view : (views != null) ? Dom.children(views, "workbookView") : List.<Element>of()) {
			view.setAttribute("activeTab", "0");
			view.setAttribute("firstSheet", "0");
		}
		Element names = Dom.child(root, "definedNames");
		if (names != null) {
			for (Element name : Dom.children(names, "definedName")) {
				if (name.hasAttribute("localSheetId")) {
					name.setAttribute("localSheetId", Integer.toString(parse(name.getAttribute("localSheetId")) + 1));
				}
			}
		}
		if (listNames.isEmpty()) {
			return;
		}
		if (names == null) {
			names = Dom.create(root, "definedNames");
			root.insertBefore(names, firstAfterDefinedNames(root));
		}
		for (IssueListPart.SheetName name : listNames) {
			Element added = Dom.create(names, "definedName");
			added.setAttribute("name", name.name());
			added.setAttribute("localSheetId", "0");
			if (name.hidden()) {
				added.setAttribute("hidden", "1");
			}
			added.setTextContent(name.formula());
			names.appendChild(added);
		}
	}

	private static @Nullable Node firstAfterDefinedNames(Element root) {
		Node after = null;
		for (Node node = root.getLastChild(); node != null; node = node.getPreviousSibling()) {
			if (node instanceof Element element && BEFORE_DEFINED_NAMES.contains(element.getLocalName())) {
				return after;
			}
			if (node instanceof Element) {
				after = node;
			}
		}
		return after;
	}

	/** The prefix of the relationships namespace, declared on the root if it was not. */
	private static String relationshipPrefix(Element root) {
		String prefix = root.lookupPrefix(XlsxLayout.RELATIONSHIPS_NS);
		if (prefix != null) {
			return prefix;
		}
		String free = "r";
		for (int n = 1; root.lookupNamespaceURI(free) != null; n++) {
			free = "r" + n;
		}
		root.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:" + free, XlsxLayout.RELATIONSHIPS_NS);
		return free;
	}

	private static int parse(String number) {
		try {
			return Integer.parseInt(number.trim());
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

}
