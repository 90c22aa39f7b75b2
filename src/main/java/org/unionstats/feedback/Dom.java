package org.unionstats.feedback;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerConfigurationException;
import javax.xml.transform.TransformerException;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.apache.poi.util.XMLHelper;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The few DOM operations the small parts of a package need (relationships, content types,
 * the workbook part): elements are matched by local name, and new ones take their
 * parent's namespace and prefix.
 */
final class Dom {

	/** Made once a thread: making a transformer costs more than writing a small part. */
	private static final ThreadLocal<Transformer> TRANSFORMER = ThreadLocal.withInitial(() -> {
		try {
			return XMLHelper.newTransformer();
		}
		catch (TransformerConfigurationException ex) {
			throw new IllegalStateException("No XML transformer", ex);
		}
	});

	private Dom() {
	}

	static List<Element> children(Element parent, String localName) {
		List<Element> children = new ArrayList<>();
		for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
			if (node instanceof Element element && localName.equals(element.getLocalName())) {
				children.add(element);
			}
		}
		return children;
	}

	static @Nullable Element child(Element parent, String localName) {
		List<Element> children = children(parent, localName);
		return children.isEmpty() ? null : children.get(0);
	}

	/** The relationship of that id in a relationships part, or {@code null}. */
	static @Nullable Element byId(Document relationships, String id) {
		for (Element rel : children(relationships.getDocumentElement(), "Relationship")) {
			if (rel.getAttribute("Id").equals(id)) {
				return rel;
			}
		}
		return null;
	}

	/** A new element in the namespace and with the prefix of the parent-to-be. */
	static Element create(Element parent, String localName) {
		String prefix = parent.getPrefix();
		String name = (prefix != null && !prefix.isEmpty()) ? prefix + ":" + localName : localName;
		return parent.getOwnerDocument().createElementNS(parent.getNamespaceURI(), name);
	}

	/** Appends a new relationship with an id of its own and returns the id. */
	static String addRelationship(Document relationships, String type, String target) {
		Element root = relationships.getDocumentElement();
		int n = children(root, "Relationship").size() + 1;
		while (byId(relationships, "rId" + n) != null) {
			n++;
		}
		String id = "rId" + n;
		Element rel = create(root, "Relationship");
		rel.setAttribute("Id", id);
		rel.setAttribute("Type", type);
		rel.setAttribute("Target", target);
		root.appendChild(rel);
		return id;
	}

	static void write(Document document, OutputStream out) throws IOException {
		try {
			document.setXmlStandalone(true);
			TRANSFORMER.get().transform(new DOMSource(document), new StreamResult(out));
		}
		catch (TransformerException ex) {
			throw new IOException("Could not write a part", ex);
		}
	}

}
