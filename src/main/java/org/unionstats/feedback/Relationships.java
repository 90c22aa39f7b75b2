package org.unionstats.feedback;

import org.apache.poi.ooxml.util.DocumentHelper;
import org.w3c.dom.Document;

/**
 * A relationships part for a part that had none.
 */
final class Relationships {

	private Relationships() {
	}

	static Document empty() {
		Document rels = DocumentHelper.createDocument();
		rels.appendChild(rels.createElementNS(XlsxLayout.PACKAGE_RELATIONSHIPS_NS, "Relationships"));
		return rels;
	}

}
