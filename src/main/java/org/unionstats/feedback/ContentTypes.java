package org.unionstats.feedback;

import java.util.Set;

import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Edits of a package's content types part for the parts a streamed copy adds.
 */
final class ContentTypes {

	static final String STYLES = XSSFRelation.STYLES.getContentType();

	static final String SHARED_STRINGS = XSSFRelation.SHARED_STRINGS.getContentType();

	private static final Set<String> OTHER_WORKBOOK_TYPES = Set.of(XSSFRelation.MACROS_WORKBOOK.getContentType(),
			XSSFRelation.TEMPLATE_WORKBOOK.getContentType(), XSSFRelation.MACRO_TEMPLATE_WORKBOOK.getContentType(),
			XSSFRelation.MACRO_ADDIN_WORKBOOK.getContentType());

	private ContentTypes() {
	}

	static void override(Document types, String part, String contentType) {
		Element root = types.getDocumentElement();
		Element override = Dom.create(root, "Override");
		override.setAttribute("PartName", "/" + part);
		override.setAttribute("ContentType", contentType);
		root.appendChild(override);
	}

	/** Adds a default for the extension unless there is one. */
	static void defaultFor(Document types, String extension, String contentType) {
		Element root = types.getDocumentElement();
		for (Element existing : Dom.children(root, "Default")) {
			if (existing.getAttribute("Extension").equalsIgnoreCase(extension)) {
				return;
			}
		}
		Element added = Dom.create(root, "Default");
		added.setAttribute("Extension", extension);
		added.setAttribute("ContentType", contentType);
		root.insertBefore(added, root.getFirstChild());
	}

	/** Gives the workbook part the content type of a plain {@code .xlsx}. */
	static void plainWorkbook(Document types, String workbookPart) {
		for (Element override : Dom.children(types.getDocumentElement(), "Override")) {
			if (override.getAttribute("PartName").equalsIgnoreCase("/" + workbookPart)
					&& OTHER_WORKBOOK_TYPES.contains(override.getAttribute("ContentType"))) {
				override.setAttribute("ContentType", XSSFRelation.WORKBOOK.getContentType());
			}
		}
	}

}
