package org.unionstats.workbook;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.usermodel.XSSFRelation;

import com.fasterxml.aalto.stax.InputFactoryImpl;

/**
 * An .xlsx workbook opened read-only, whose sheets are pulled with StAX.
 */
final class XlsxWorkbookSource implements WorkbookSource {

	private static final String RELATIONSHIPS_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

	static final InputFactoryImpl XML = secureFactory();

	/** The content types of a workbook's main part that hold sheets we can read. */
	private static final Set<String> WORKBOOK_TYPES = Set.of(XSSFRelation.WORKBOOK.getContentType(),
			XSSFRelation.MACROS_WORKBOOK.getContentType(), XSSFRelation.TEMPLATE_WORKBOOK.getContentType(),
			XSSFRelation.MACRO_TEMPLATE_WORKBOOK.getContentType(), XSSFRelation.MACRO_ADDIN_WORKBOOK.getContentType());

	private final OPCPackage pkg;

	private final XSSFReader reader;

	private final List<String> sheetNames;

	/** The relationship id of each sheet name; of a name given twice, the first. */
	private final Map<String, String> sheetParts;

	private final boolean date1904;

	private final SharedStrings sharedStrings;

	private final boolean[] dateStyles;

	private final ReadLimits limits;

	private XlsxWorkbookSource(OPCPackage pkg, XSSFReader reader, List<String> sheetNames,
			Map<String, String> sheetParts, boolean date1904, SharedStrings sharedStrings, boolean[] dateStyles,
			ReadLimits limits) {
		this.pkg = pkg;
		this.reader = reader;
		this.sheetNames = sheetNames;
		this.sheetParts = sheetParts;
		this.date1904 = date1904;
		this.sharedStrings = sharedStrings;
		this.dateStyles = dateStyles;
		this.limits = limits;
	}

	static XlsxWorkbookSource open(File file, ReadLimits limits) throws Exception {
		OPCPackage pkg = OPCPackage.open(file, PackageAccess.READ);
		try {
			requireSpreadsheet(pkg);
			XSSFReader reader = new XSSFReader(pkg);
			List<String> sheetNames = new ArrayList<>();
			Map<String, String> sheetParts = new LinkedHashMap<>();
			boolean date1904;
			try (InputStream in = reader.getWorkbookData()) {
				date1904 = readWorkbook(in, sheetNames, sheetParts);
			}
			SharedStrings strings = readSharedStrings(reader, limits);
			boolean[] dateStyles = readDateStyles(reader);
			return new XlsxWorkbookSource(pkg, reader, sheetNames, sheetParts, date1904, strings, dateStyles, limits);
		}
		catch (Exception | Error ex) {
			pkg.revert();
			throw ex;
		}
	}

	/**
	 * Refuses an Office package whose main part is no workbook (a .docx or .pptx renamed
	 * .xlsx): XSSFReader would take a Word document for a workbook without sheets.
	 */
	private static void requireSpreadsheet(OPCPackage pkg) throws InvalidFormatException {
		PackageRelationshipCollection main = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
		if (main.isEmpty()) {
			main = pkg.getRelationshipsByType(PackageRelationshipTypes.STRICT_CORE_DOCUMENT);
		}
		PackagePart part = main.isEmpty() ? null : pkg.getPart(main.getRelationship(0));
		String type = (part != null) ? part.getContentType() : null;
		if (type == null || !WORKBOOK_TYPES.contains(type)) {
			throw new WorkbookReadException(WorkbookProblem.FORMAT, "Office package whose main part is " + type);
		}
	}

	/**
	 * Aalto, which parses worksheet XML about 1.7 times as fast as the JDK's StAX, set up
	 * as POI's {@code XMLHelper} sets up the JDK's: no DTDs and no external entities
	 * (XXE, billion laughs). Named here, not found through the service loader, so the
	 * speed and the hardening do not depend on the class path's order.
	 */
	private static InputFactoryImpl secureFactory() {
		InputFactoryImpl factory = new InputFactoryImpl();
		factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
		factory.setProperty(XMLInputFactory.IS_VALIDATING, false);
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		return factory;
	}

	/** Reads sheet names and relationship ids, and returns the {@code date1904} flag. */
	private static boolean readWorkbook(InputStream in, List<String> sheetNames, Map<String, String> sheetParts)
			throws XMLStreamException {
		XMLStreamReader xml = XML.createXMLStreamReader(in);
		boolean date1904 = false;
		try {
			while (xml.hasNext()) {
				if (xml.next() != XMLStreamConstants.START_ELEMENT) {
					continue;
				}
				String name = xml.getLocalName();
				if ("workbookPr".equals(name)) {
					String value = xml.getAttributeValue(null, "date1904");
					date1904 = "1".equals(value) || "true".equalsIgnoreCase(value);
				}
				else if ("sheet".equals(name)) {
					String sheetName = xml.getAttributeValue(null, "name");
					String id = xml.getAttributeValue(RELATIONSHIPS_NS, "id");
					if (sheetName != null && id != null) {
						sheetNames.add(sheetName);
						sheetParts.putIfAbsent(sheetName, id);
					}
				}
			}
		}
		finally {
			xml.close();
		}
		return date1904;
	}

	private static SharedStrings readSharedStrings(XSSFReader reader, ReadLimits limits) throws Exception {
		InputStream in;
		try {
			in = reader.getSharedStringsData();
		}
		catch (Exception ex) {
			// A workbook without any text has no shared-strings part.
			return SharedStrings.NONE;
		}
		if (in == null) {
			return SharedStrings.NONE;
		}
		try (in) {
			return SharedStringsReader.read(in, limits.maxSharedStrings());
		}
	}

	private static boolean[] readDateStyles(XSSFReader reader) throws IOException {
		InputStream in;
		try {
			in = reader.getStylesData();
		}
		catch (Exception ex) {
			// A workbook without a styles part shows no dates.
			return new boolean[0];
		}
		if (in == null) {
			return new boolean[0];
		}
		try (in) {
			return DateStyles.read(in);
		}
		catch (XMLStreamException ex) {
			// As Excel shows a workbook whose styles it cannot read: no dates.
			return new boolean[0];
		}
	}

	@Override
	public List<String> sheetNames() {
		return Collections.unmodifiableList(this.sheetNames);
	}

	@Override
	public boolean date1904() {
		return this.date1904;
	}

	@Override
	public SheetCursor openSheet(String name) {
		String id = this.sheetParts.get(name);
		if (id == null) {
			throw new IllegalArgumentException("No sheet " + name);
		}
		try {
			InputStream in = this.reader.getSheet(id);
			return new XlsxSheetCursor(in, this.sharedStrings, this.dateStyles, this.limits.maxRowsPerSheet());
		}
		catch (WorkbookReadException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new WorkbookReadException(WorkbookProblem.UNREADABLE, WorkbookOpener.describe(ex), ex);
		}
	}

	@Override
	public void close() {
		// Opened read-only: revert closes without ever writing to the user's file.
		this.pkg.revert();
	}

}
