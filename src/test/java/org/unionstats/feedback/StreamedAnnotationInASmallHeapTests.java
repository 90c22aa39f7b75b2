package org.unionstats.feedback;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;

import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.unionstats.workbook.ReadLimits;
import org.unionstats.workbook.StreamingXml;
import org.unionstats.workbook.WorkbookOpener;
import org.unionstats.workbook.WorkbookSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A workbook of 100,000 rows is annotated in a heap that could hold the copy made in
 * memory for about 5,000 (about 8 KiB a row): the stream's memory does not grow with the
 * rows.
 */
class StreamedAnnotationInASmallHeapTests {

	private static final int ROWS = 100_000;

	private static final String HEAP = "96m";

	@TempDir
	Path folder;

	@Test
	void aWorkbookOfAHundredThousandRowsIsAnnotatedInANinetySixMegabyteHeap() throws Exception {
		// given
		Path original;
		try (TempFileStringsWorkbook workbook = TempFileStringsWorkbook.create(100)) {
			original = TestWorkbooks.save(workbook, this.folder.resolve("big.xlsx"), ROWS);
		}
		Path out = this.folder.resolve("out");

		// when
		Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx" + HEAP, "-cp", System.getProperty("java.class.path"), AnnotateInASmallHeap.class.getName(),
				original.toString(), Integer.toString(ROWS), out.toString())
			.redirectErrorStream(true)
			.redirectOutput(this.folder.resolve("child.log").toFile())
			.start();

		// then
		assertThat(child.waitFor(5, TimeUnit.MINUTES)).isTrue();
		String log = Files.readString(this.folder.resolve("child.log"));
		assertThat(child.exitValue()).as(log).isZero();
		assertThat(log).contains("written").doesNotContain("OutOfMemoryError", "issue list only");
		Path feedback = out.resolve("feedback.xlsx");
		try (ZipFile zip = new ZipFile(feedback.toFile())) {
			assertThat(count(zip, "xl/comments1.xml", "comment")).isEqualTo(ROWS / AnnotateInASmallHeap.EVERY + 1);
			StylesTable styles;
			try (InputStream in = zip.getInputStream(zip.getEntry("xl/styles.xml"))) {
				styles = new StylesTable(in);
			}
			// Data rows are rows 3 to 100,002; every tenth from row 3 is flagged
			List<String> cells = styleOf(zip, "xl/worksheets/sheet2.xml",
					List.of("D99993", "D99994", "A" + (ROWS + 10)));
			assertFill(styles, cells.get(0), IndexedColors.RED);
			assertThat(styles.getStyleAt((cells.get(1) != null) ? Integer.parseInt(cells.get(1)) : 0).getFillPattern())
				.isEqualTo(FillPatternType.NO_FILL);
			assertFill(styles, cells.get(2), IndexedColors.YELLOW);
		}
		try (WorkbookSource copy = new WorkbookOpener(
				new ReadLimits(Long.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE))
			.open(feedback)) {
			assertThat(copy.sheetNames()).containsExactly(FeedbackWriter.RESULT_SHEET, TestWorkbooks.PROFILE,
					TestWorkbooks.STATIONS);
		}
	}

	private static void assertFill(StylesTable styles, String style, IndexedColors colour) {
		assertThat(style).isNotNull();
		XSSFCellStyle flagged = styles.getStyleAt(Integer.parseInt(style));
		assertThat(flagged.getFillPattern()).isEqualTo(FillPatternType.SOLID_FOREGROUND);
		assertThat(flagged.getFillForegroundColor()).isEqualTo(colour.getIndex());
	}

	private static int count(ZipFile zip, String part, String element) throws IOException, XMLStreamException {
		int count = 0;
		try (StreamingXml xml = new StreamingXml(zip.getInputStream(entry(zip, part)))) {
			while (xml.hasNext()) {
				if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals(element)) {
					count++;
				}
			}
		}
		return count;
	}

	/** The style attribute of each of those cells, {@code null} where there is none. */
	private static List<String> styleOf(ZipFile zip, String part, List<String> cells)
			throws IOException, XMLStreamException {
		List<String> styles = new ArrayList<>(cells.stream().map((cell) -> (String) null).toList());
		try (StreamingXml xml = new StreamingXml(zip.getInputStream(entry(zip, part)))) {
			while (xml.hasNext()) {
				if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("c")) {
					int index = cells.indexOf(xml.getAttributeValue(null, "r"));
					if (index >= 0) {
						styles.set(index, xml.getAttributeValue(null, "s"));
					}
				}
			}
		}
		return styles;
	}

	private static ZipEntry entry(ZipFile zip, String part) {
		ZipEntry entry = zip.getEntry(part);
		assertThat(entry).as(part).isNotNull();
		return entry;
	}

}
