package org.unionstats.feedback;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.xml.namespace.QName;

import org.apache.poi.ooxml.POIXMLTypeLoader;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.xssf.usermodel.XSSFHyperlink;
import org.apache.poi.xssf.usermodel.XSSFName;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.xmlbeans.XmlOptions;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTHyperlink;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTWorksheet;

/**
 * The parts of the issue list's workbook that move into a streamed copy, taken from the
 * workbook without writing it as a package: the sheet, assembled as SXSSF assembles it
 * (its XMLBeans worksheet with the streamed rows put in its empty {@code sheetData}), the
 * styles, and the sheet's names.
 */
final class IssueListPart {

	private static final String EMPTY_DATA = "<sheetData/>";

	private IssueListPart() {
	}

	/** A name of the issue list sheet, e.g. its filter's. */
	record SheetName(String name, boolean hidden, String formula) {

	}

	/** Writes the one sheet of the workbook, rows and all. */
	static void writeSheet(TempFileStringsWorkbook list, OutputStream out) throws IOException {
		XSSFSheet sheet = list.getXSSFWorkbook().getSheetAt(0);
		CTWorksheet worksheet = sheet.getCTWorksheet();
		// XSSFSheet puts its hyperlinks in the worksheet only as it writes itself
		List<XSSFHyperlink> links = sheet.getHyperlinkList();
		if (!links.isEmpty()) {
			(worksheet.isSetHyperlinks() ? worksheet.getHyperlinks() : worksheet.addNewHyperlinks())
				.setHyperlinkArray(links.stream().map(XSSFHyperlink::getCTHyperlink).toArray(CTHyperlink[]::new));
		}
		XmlOptions options = new XmlOptions(POIXMLTypeLoader.DEFAULT_XML_OPTIONS);
		options.setSaveSyntheticDocumentElement(new QName(CTWorksheet.type.getName().getNamespaceURI(), "worksheet"));
		ByteArrayOutputStream skeleton = new ByteArrayOutputStream();
		worksheet.save(skeleton, options);
		String xml = skeleton.toString(StandardCharsets.UTF_8);
		int data = xml.indexOf(EMPTY_DATA);
		if (data < 0) {
			throw new IOException("The issue list sheet has no empty sheetData to fill");
		}
		out.write(xml.substring(0, data).getBytes(StandardCharsets.UTF_8));
		out.write("<sheetData>".getBytes(StandardCharsets.UTF_8));
		try (InputStream rows = list.getSheetAt(0).getWorksheetXMLInputStream()) {
			rows.transferTo(out);
		}
		out.write("</sheetData>".getBytes(StandardCharsets.UTF_8));
		out.write(xml.substring(data + EMPTY_DATA.length()).getBytes(StandardCharsets.UTF_8));
	}

	/** Writes the styles: the original's, the flagged ones and the issue list's. */
	static void writeStyles(TempFileStringsWorkbook list, OutputStream out) throws IOException {
		list.getXSSFWorkbook().getStylesSource().writeTo(out);
	}

	/** The names that belong to the sheet (its filter's). */
	static List<SheetName> names(TempFileStringsWorkbook list) {
		XSSFWorkbook workbook = list.getXSSFWorkbook();
		List<SheetName> names = new ArrayList<>();
		for (Name name : workbook.getAllNames()) {
			if (name.getSheetIndex() == 0 && name instanceof XSSFName xssf) {
				names.add(new SheetName(xssf.getNameName(), xssf.isHidden(), xssf.getRefersToFormula()));
			}
		}
		return names;
	}

}
