package org.unionstats.workbook;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Which cell styles of an .xlsx workbook show dates, read from its {@code styles.xml}
 * with StAX: the number format of each {@code cellXfs} entry, custom or built in, judged
 * as POI judges it. Parsing the part into POI's {@code StylesTable} (XMLBeans) cost a
 * fifth of reading a small workbook, and held all of a large styles part in memory.
 */
final class DateStyles {

	/** More cell formats than Excel allows (64,000): the rest are read as no date. */
	static final int MAX_STYLES = 65_536;

	private DateStyles() {
	}

	/** For each cell style index, whether its number format is a date format. */
	static boolean[] read(InputStream styles) throws XMLStreamException {
		Map<Integer, String> customFormats = new HashMap<>();
		List<Integer> styleFormats = new ArrayList<>();
		XMLStreamReader xml = XlsxWorkbookSource.XML.createXMLStreamReader(styles);
		try {
			int depthInCellXfs = 0;
			while (xml.hasNext()) {
				int event = xml.next();
				if (event == XMLStreamConstants.END_ELEMENT && depthInCellXfs > 0) {
					depthInCellXfs--;
					continue;
				}
				if (event != XMLStreamConstants.START_ELEMENT) {
					continue;
				}
				String name = xml.getLocalName();
				if (depthInCellXfs > 0) {
					depthInCellXfs++;
					if (depthInCellXfs == 2 && "xf".equals(name) && styleFormats.size() < MAX_STYLES) {
						styleFormats.add(number(xml.getAttributeValue(null, "numFmtId")));
					}
				}
				else if ("cellXfs".equals(name)) {
					depthInCellXfs = 1;
				}
				else if ("numFmt".equals(name) && customFormats.size() < MAX_STYLES) {
					String code = xml.getAttributeValue(null, "formatCode");
					if (code != null) {
						customFormats.put(number(xml.getAttributeValue(null, "numFmtId")), code);
					}
				}
			}
		}
		finally {
			xml.close();
		}
		boolean[] dates = new boolean[styleFormats.size()];
		for (int i = 0; i < dates.length; i++) {
			int format = styleFormats.get(i);
			String code = customFormats.getOrDefault(format, BuiltinFormats.getBuiltinFormat(format));
			dates[i] = DateUtil.isADateFormat(format, code);
		}
		return dates;
	}

	/** A format id as POI reads it: a short, 0 when absent or not a number. */
	private static int number(String value) {
		if (value == null) {
			return 0;
		}
		try {
			return (short) Long.parseLong(value.trim());
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

}
