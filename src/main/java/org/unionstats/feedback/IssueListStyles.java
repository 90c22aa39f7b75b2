package org.unionstats.feedback;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.IndexedColors;

import org.unionstats.feedback.ListStyle.ListFont;

/**
 * The {@code styles.xml} of a workbook holding the issue list alone, made from
 * {@link ListStyle}: each style's cell format at its ordinal, then each style again,
 * quote-prefixed, for text that looks like a formula.
 */
final class IssueListStyles {

	/** The part, the same for every such workbook. */
	static final String XML = styleSheet();

	private IssueListStyles() {
	}

	/** The index of a style's cell format. */
	static int index(ListStyle style, boolean quotePrefixed) {
		return style.ordinal() + (quotePrefixed ? ListStyle.values().length : 0);
	}

	private static String styleSheet() {
		List<ListFont> fonts = new ArrayList<>();
		List<IndexedColors> fills = new ArrayList<>();
		for (ListStyle style : ListStyle.values()) {
			if (style.font() != null && !fonts.contains(style.font())) {
				fonts.add(style.font());
			}
			if (style.fill() != null && !fills.contains(style.fill())) {
				fills.add(style.fill());
			}
		}
		StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n");
		xml.append("<styleSheet xmlns=\"").append(XlsxLayout.MAIN_NS).append("\">");
		xml.append("<fonts count=\"").append(fonts.size() + 1).append("\">");
		// The default font, as POI and Excel make it
		xml.append("<font><sz val=\"11\"/><color indexed=\"8\"/><name val=\"Calibri\"/><family val=\"2\"/>")
			.append("<scheme val=\"minor\"/></font>");
		fonts.forEach((font) -> font(xml, font));
		xml.append("</fonts><fills count=\"").append(fills.size() + 2).append("\">");
		// The two fills every workbook starts with
		xml.append(
				"<fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill>");
		fills.forEach((fill) -> xml.append("<fill><patternFill patternType=\"solid\"><fgColor indexed=\"")
			.append(fill.getIndex())
			.append("\"/><bgColor indexed=\"64\"/></patternFill></fill>"));
		xml.append("</fills><borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>");
		xml.append(
				"<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>");
		xml.append("<cellXfs count=\"").append(2 * ListStyle.values().length).append("\">");
		for (boolean quotePrefixed : new boolean[] { false, true }) {
			for (ListStyle style : ListStyle.values()) {
				int font = (style.font() != null) ? fonts.indexOf(style.font()) + 1 : 0;
				int fill = (style.fill() != null) ? fills.indexOf(style.fill()) + 2 : 0;
				cellFormat(xml, style, font, fill, quotePrefixed);
			}
		}
		// No named cell styles, as POI writes none: LibreOffice would show the text in
		// its own "Normal" style, in another font
		return xml.append("</cellXfs></styleSheet>").toString();
	}

	private static void font(StringBuilder xml, ListFont font) {
		xml.append("<font>");
		if (font.bold()) {
			xml.append("<b/>");
		}
		if (font.underlined()) {
			xml.append("<u/>");
		}
		xml.append("<sz val=\"").append((font.points() > 0) ? font.points() : 11).append("\"/>");
		if (font.color() != null) {
			xml.append("<color indexed=\"").append(font.color().getIndex()).append("\"/>");
		}
		xml.append("<name val=\"Calibri\"/><family val=\"2\"/></font>");
	}

	private static void cellFormat(StringBuilder xml, ListStyle style, int font, int fill, boolean quotePrefixed) {
		xml.append("<xf numFmtId=\"0\" fontId=\"")
			.append(font)
			.append("\" fillId=\"")
			.append(fill)
			.append("\" borderId=\"0\" xfId=\"0\"");
		if (font > 0) {
			xml.append(" applyFont=\"1\"");
		}
		if (fill > 0) {
			xml.append(" applyFill=\"1\"");
		}
		if (quotePrefixed) {
			xml.append(" quotePrefix=\"1\"");
		}
		if (!style.wrapped()) {
			xml.append("/>");
			return;
		}
		xml.append(" applyAlignment=\"1\"><alignment vertical=\"")
			.append(style.centred() ? "center" : "top")
			.append("\" wrapText=\"1\"/></xf>");
	}

}
