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

import com.fasterxml.aalto.stax.InputFactoryImpl;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.jspecify.annotations.Nullable;

import org.unionstats.workbook.XlsxPackage.Relationship;
import org.unionstats.workbook.XlsxPackage.Relationships;

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

	private final XlsxPackage pkg;

	/** The workbook's relationships, which lead to its sheets. */
	private final Relationships parts;

	private final List<String> sheetNames;

	/** The relationship id of each sheet name; of a name given twice, the first. */
	private final Map<String, String> sheetParts;

	private final boolean date1904;

	private final SharedStrings sharedStrings;

	private final boolean[] dateStyles;

	private final ReadLimits limits;

	private XlsxWorkbookSource(XlsxPackage pkg, Relationships parts, List<String> sheetNames,
			Map<String, String> sheetParts, boolean date1904, SharedStrings sharedStrings, boolean[] dateStyles,
			ReadLimits limits) {
		this.pkg = pkg;
		this.parts = parts;
		this.sheetNames = sheetNames;
		this.sheetParts = sheetParts;
		this.date1904 = date1904;
		this.sharedStrings = sharedStrings;
		this.dateStyles = dateStyles;
		this.limits = limits;
	}

	static XlsxWorkbookSource open(File file, ReadLimits limits) throws Exception {
		XlsxPackage pkg = XlsxPackage.open(file);
		try {
			String workbook = workbookPart(pkg);
			List<String> sheetNames = new ArrayList<>();
			Map<String, String> sheetParts = new LinkedHashMap<>();
			boolean date1904;
			try (InputStream in = pkg.open(workbook)) {
				date1904 = readWorkbook(in, sheetNames, sheetParts);
			}
			Relationships parts = pkg.relationships(workbook);
			SharedStrings strings = readSharedStrings(pkg, parts, limits);
			boolean[] dateStyles = readDateStyles(pkg, parts);
			return new XlsxWorkbookSource(pkg, parts, sheetNames, sheetParts, date1904, strings, dateStyles, limits);
		}
		catch (Exception | Error ex) {
			try {
				pkg.close();
			}
			catch (IOException closing) {
				ex.addSuppressed(closing);
			}
			throw ex;
		}
	}

	/**
	 * The main part, which must be a workbook: an Office package whose main part is
	 * something else (a .docx or .pptx renamed .xlsx) is refused as not a workbook, and
	 * so, as POI had it, is a package whose relationships cannot be parsed or lead to no
	 * main part. A workbook in strict OOXML (ISO/IEC 29500 strict, other namespaces) is
	 * unreadable, as it was to POI's {@code XSSFReader}.
	 */
	private static String workbookPart(XlsxPackage pkg) throws IOException {
		Relationships relationships;
		try {
			relationships = pkg.relationships(XlsxPackage.PACKAGE);
		}
		catch (XMLStreamException ex) {
			relationships = Relationships.NONE;
		}
		Relationship main = relationships.first(PackageRelationshipTypes.CORE_DOCUMENT,
				PackageRelationshipTypes.STRICT_CORE_DOCUMENT);
		String part = (main != null) ? relationships.target(main) : null;
		String type = (part != null && pkg.has(part)) ? pkg.contentType(part) : null;
		if (type == null || !WORKBOOK_TYPES.contains(type)) {
			throw new WorkbookReadException(WorkbookProblem.FORMAT, "Office package whose main part is " + type);
		}
		if (main.type().equals(PackageRelationshipTypes.STRICT_CORE_DOCUMENT)) {
			throw new WorkbookReadException(WorkbookProblem.UNREADABLE, "Workbook in strict OOXML");
		}
		return part;
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

	/**
	 * The part of the workbook's first relationship of the type, if the package has it.
	 */
	private static @Nullable String part(XlsxPackage pkg, Relationships parts, String type) {
		Relationship relationship = parts.first(type);
		String part = (relationship != null) ? parts.target(relationship) : null;
		return (part != null && pkg.has(part)) ? part : null;
	}

	private static SharedStrings readSharedStrings(XlsxPackage pkg, Relationships parts, ReadLimits limits)
			throws IOException, XMLStreamException {
		// A workbook without any text has no shared-strings part.
		String part = part(pkg, parts, XSSFRelation.SHARED_STRINGS.getRelation());
		if (part == null) {
			return SharedStrings.NONE;
		}
		try (InputStream in = pkg.open(part)) {
			return SharedStringsReader.read(in, limits.maxSharedStrings());
		}
	}

	private static boolean[] readDateStyles(XlsxPackage pkg, Relationships parts) throws IOException {
		// A workbook without a styles part shows no dates.
		String part = part(pkg, parts, XSSFRelation.STYLES.getRelation());
		if (part == null) {
			return new boolean[0];
		}
		try (InputStream in = pkg.open(part)) {
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
		Relationship relationship = this.parts.byId(id);
		if (relationship == null) {
			throw new WorkbookReadException(WorkbookProblem.UNREADABLE, "No relationship " + id + " for a sheet");
		}
		String part = this.parts.target(relationship);
		if (part == null || !this.pkg.has(part)) {
			throw new WorkbookReadException(WorkbookProblem.UNREADABLE, "No sheet part " + relationship.target());
		}
		try {
			InputStream in = this.pkg.open(part);
			return new XlsxSheetCursor(in, this.sharedStrings, this.dateStyles, this.limits.maxRowsPerSheet());
		}
		catch (WorkbookReadException ex) {
			throw ex;
		}
		catch (IOException | RuntimeException ex) {
			throw new WorkbookReadException(WorkbookProblem.UNREADABLE, WorkbookOpener.describe(ex), ex);
		}
	}

	@Override
	public void close() {
		try {
			this.pkg.close();
		}
		catch (IOException ex) {
			// Opened for reading only: nothing is lost.
		}
	}

}
