package org.unionstats.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.unionstats.support.SubmissionWorkbookBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * How an .xlsx package is opened: where its parts are found, and how a package that is
 * broken, foreign or hostile is classified. Packages are edited part by part, as no
 * spreadsheet library would write them.
 */
class XlsxPackageOpeningTests {

	private static final String WORKBOOK_RELS = "xl/_rels/workbook.xml.rels";

	private static final String STRICT_OFFICE_DOCUMENT = "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument";

	private static final String OFFICE_DOCUMENT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";

	private static final ReadLimits LIMITS = new ReadLimits(50L * 1024 * 1024, 200_000, 1_000_000);

	@TempDir
	Path dir;

	private Map<String, byte[]> parts;

	private Map<String, List<String>> expected;

	@BeforeEach
	void writeValidWorkbook() {
		Path valid = SubmissionWorkbookBuilder.valid().writeTo(this.dir, "valid.xlsx");
		this.parts = parts(valid);
		this.expected = contents(valid);
	}

	@Test
	void readsTheWorkbookAsWritten() {
		assertThat(this.expected).containsOnlyKeys("基本情况", "工会服务站", "暖心驿站", "职工之家", "母婴关爱室", "子女托管班");
		assertThat(this.expected.get("工会服务站")).hasSizeGreaterThan(2);
		try (WorkbookSource source = open(write())) {
			assertThat(source.date1904()).isFalse();
		}
	}

	@Test
	void findsPartsWhereverTheRelationshipsPointRelativeAbsoluteOrUpwards() {
		move("xl/workbook.xml", "book/main.xml");
		move(WORKBOOK_RELS, "book/_rels/main.xml.rels");
		move("xl/worksheets/sheet1.xml", "sheets/profile.xml");
		move("xl/worksheets/sheet3.xml", "book/here/warm.xml");
		edit("_rels/.rels", (rels) -> rels.replace("Target=\"xl/workbook.xml\"", "Target=\"/book/main.xml\""));
		edit("book/_rels/main.xml.rels",
				(rels) -> rels.replace("Target=\"worksheets/sheet1.xml\"", "Target=\"../sheets/profile.xml\"")
					.replace("Target=\"worksheets/sheet2.xml\"", "Target=\"/xl/worksheets/sheet2.xml\"")
					.replace("Target=\"worksheets/sheet3.xml\"", "Target=\"./here/warm.xml\"")
					.replace("Target=\"worksheets/", "Target=\"../xl/worksheets/")
					.replace("Target=\"sharedStrings.xml\"", "Target=\"../xl/sharedStrings.xml\"")
					.replace("Target=\"styles.xml\"", "Target=\"../xl/./styles.xml\""));
		overrideContentType("/book/main.xml",
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml");
		overrideContentType("/sheets/profile.xml",
				"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml");
		overrideContentType("/book/here/warm.xml",
				"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml");

		assertThat(contents(write())).isEqualTo(this.expected);
	}

	@Test
	void findsPartsWhoseNamesDifferInCaseFromTheirTargets() {
		edit(WORKBOOK_RELS,
				(rels) -> rels.replace("Target=\"worksheets/sheet2.xml\"", "Target=\"Worksheets/SHEET2.xml\"")
					.replace("Target=\"sharedStrings.xml\"", "Target=\"sharedstrings.XML\""));
		move("[Content_Types].xml", "[content_types].XML");

		assertThat(contents(write())).isEqualTo(this.expected);
	}

	@Test
	void findsPartsNamedInChinese() {
		move("xl/worksheets/sheet2.xml", "xl/worksheets/服务站.xml");
		edit(WORKBOOK_RELS,
				(rels) -> rels.replace("Target=\"worksheets/sheet2.xml\"", "Target=\"worksheets/服务站.xml\""));

		assertThat(contents(write())).isEqualTo(this.expected);
	}

	@Test
	void acceptsAMacroEnabledWorkbook() {
		edit("[Content_Types].xml",
				(types) -> types.replace("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
						"application/vnd.ms-excel.sheet.macroEnabled.main+xml"));

		assertThat(contents(write())).isEqualTo(this.expected);
	}

	@Test
	void ignoresFolderEntries() {
		this.parts.put("xl/media/", new byte[0]);

		assertThat(contents(write())).isEqualTo(this.expected);
	}

	@Test
	void refusesAZipWithoutContentTypesAsUnreadable() {
		this.parts.remove("[Content_Types].xml");

		assertProblem(write(), WorkbookProblem.UNREADABLE);
	}

	@Test
	void refusesMalformedContentTypesAsUnreadable() {
		edit("[Content_Types].xml", (xml) -> xml.substring(0, xml.length() / 2));

		assertProblem(write(), WorkbookProblem.UNREADABLE);
	}

	@Test
	void refusesContentTypesOutsideTheirNamespaceAsUnreadable() {
		edit("[Content_Types].xml", (types) -> types
			.replace(" xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"", ""));

		assertProblem(write(), WorkbookProblem.UNREADABLE);
	}

	@Test
	void refusesAPartWithoutContentTypeAsUnreadable() {
		this.parts.put("__MACOSX/._submission", new byte[] { 1 });

		assertProblem(write(), WorkbookProblem.UNREADABLE);
	}

	@Test
	void refusesAPackageWithoutRelationshipsAsNoWorkbook() {
		this.parts.remove("_rels/.rels");

		assertProblem(write(), WorkbookProblem.FORMAT);
	}

	@Test
	void takesPackageRelationshipsThatCannotBeReadForNoneAsPoiDid() {
		Map<String, byte[]> valid = new LinkedHashMap<>(this.parts);
		edit("_rels/.rels", (xml) -> xml.substring(0, xml.length() / 2));
		assertProblem(write(), WorkbookProblem.FORMAT);

		this.parts = new LinkedHashMap<>(valid);
		edit("_rels/.rels",
				(rels) -> rels.replace(" xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"", ""));
		assertProblem(write(), WorkbookProblem.FORMAT);
	}

	@Test
	void refusesAnEntityInThePackageRelationshipsWithoutReadingIt() throws IOException {
		Path secret = Files.writeString(this.dir.resolve("secret.txt"), "TOP-SECRET");
		edit("_rels/.rels",
				(rels) -> rels
					.replace("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>",
							"<?xml version=\"1.0\"?><!DOCTYPE Relationships [<!ENTITY xxe SYSTEM \"" + secret.toUri()
									+ "\">]>")
					.replace("Target=\"xl/workbook.xml\"", "Target=\"&xxe;\""));

		assertThatExceptionOfType(WorkbookReadException.class).isThrownBy(() -> contents(write()))
			.satisfies((ex) -> assertThat(ex.problem()).isEqualTo(WorkbookProblem.FORMAT))
			.withMessageNotContaining("TOP-SECRET");
	}

	@Test
	void refusesAPackageWithoutMainPartAsNoWorkbook() {
		edit("_rels/.rels", (rels) -> rels.replace(OFFICE_DOCUMENT, "urn:unionstats:something-else"));

		assertProblem(write(), WorkbookProblem.FORMAT);
	}

	@Test
	void refusesAPackageWhoseMainPartIsMissingAsNoWorkbook() {
		this.parts.remove("xl/workbook.xml");

		assertProblem(write(), WorkbookProblem.FORMAT);
	}

	@Test
	void refusesAMainPartOutsideThePackageAsNoWorkbook() {
		for (String outside : List.of("../xl/workbook.xml", "../../x/workbook.xml")) {
			Map<String, byte[]> valid = new LinkedHashMap<>(this.parts);
			edit("_rels/.rels", (rels) -> rels.replace("Target=\"xl/workbook.xml\"", "Target=\"" + outside + "\""));
			assertProblem(write(), WorkbookProblem.FORMAT);
			this.parts = valid;
		}
	}

	@Test
	void refusesAPackageWhoseMainPartIsNoWorkbookAsNoWorkbook() {
		edit("[Content_Types].xml",
				(types) -> types.replace("spreadsheetml.sheet.main+xml", "wordprocessingml.document.main+xml"));

		assertProblem(write(), WorkbookProblem.FORMAT);
	}

	@Test
	void refusesAStrictWorkbookAsUnreadableAsPoiDid() {
		edit("_rels/.rels", (rels) -> rels.replace(OFFICE_DOCUMENT, STRICT_OFFICE_DOCUMENT));

		assertProblem(write(), WorkbookProblem.UNREADABLE);
	}

	@Test
	void refusesAStrictDocumentOfAnotherKindAsNoWorkbook() {
		edit("_rels/.rels", (rels) -> rels.replace(OFFICE_DOCUMENT, STRICT_OFFICE_DOCUMENT));
		edit("[Content_Types].xml",
				(types) -> types.replace("spreadsheetml.sheet.main+xml", "wordprocessingml.document.main+xml"));

		assertProblem(write(), WorkbookProblem.FORMAT);
	}

	@Test
	void takesTheMainPartOfTheLowestRelationshipIdAsPoiDid() {
		Map<String, byte[]> valid = new LinkedHashMap<>(this.parts);
		edit("_rels/.rels",
				(rels) -> rels.replace("<Relationship ", "<Relationship Id=\"rId9\" Target=\"docProps/app.xml\" Type=\""
						+ OFFICE_DOCUMENT + "\"/><Relationship "));
		assertThat(contents(write())).isEqualTo(this.expected);

		this.parts = valid;
		edit("_rels/.rels",
				(rels) -> rels.replace("<Relationship ", "<Relationship Id=\"rId0\" Target=\"docProps/app.xml\" Type=\""
						+ OFFICE_DOCUMENT + "\"/><Relationship "));
		assertProblem(write(), WorkbookProblem.FORMAT);
	}

	@Test
	void refusesAMalformedWorkbookOrWorkbookRelationshipsAsUnreadable() {
		for (String part : List.of("xl/workbook.xml", WORKBOOK_RELS)) {
			Map<String, byte[]> valid = new LinkedHashMap<>(this.parts);
			edit(part, (xml) -> xml.substring(0, xml.length() / 2));
			assertProblem(write(), WorkbookProblem.UNREADABLE);
			this.parts = valid;
		}
	}

	@Test
	void ignoresMalformedDocumentProperties() {
		edit("docProps/core.xml", (xml) -> xml.substring(0, xml.length() / 2));

		assertThat(contents(write())).isEqualTo(this.expected);
	}

	/**
	 * POI parsed every relationships part on opening and refused the file for a sheet's
	 * (hyperlinks, drawings, comments) that it could not parse; the reader never follows
	 * those.
	 */
	@Test
	void ignoresTheRelationshipsOfSheets() {
		this.parts.put("xl/worksheets/_rels/sheet2.xml.rels", "<Relationships".getBytes(StandardCharsets.UTF_8));

		assertThat(contents(write())).isEqualTo(this.expected);
	}

	@Test
	void opensAWorkbookWithoutSharedStringsOrStyles() {
		this.parts.remove("xl/sharedStrings.xml");
		this.parts.remove("xl/styles.xml");

		try (WorkbookSource source = open(write())) {
			assertThat(source.sheetNames()).containsExactlyElementsOf(this.expected.keySet());
		}
	}

	@Test
	void opensAWorkbookWithoutItsRelationshipsButCannotReadItsSheets() {
		this.parts.remove(WORKBOOK_RELS);

		assertSheetUnreadable(write(), "工会服务站");
	}

	@Test
	void reportsAMissingSheetPartWhenTheSheetIsOpened() {
		this.parts.remove("xl/worksheets/sheet2.xml");

		assertSheetUnreadable(write(), "工会服务站");
	}

	@Test
	void reportsASheetWithoutRelationshipWhenTheSheetIsOpened() {
		edit(WORKBOOK_RELS, (rels) -> rels.replace("Id=\"rId4\"", "Id=\"rId99\""));

		assertSheetUnreadable(write(), "工会服务站");
	}

	@Test
	void refusesASheetOutsideThePackage() {
		for (String outside : List.of("../../../etc/passwd", "../../xl/worksheets/sheet2.xml")) {
			Map<String, byte[]> valid = new LinkedHashMap<>(this.parts);
			edit(WORKBOOK_RELS,
					(rels) -> rels.replace("Target=\"worksheets/sheet2.xml\"", "Target=\"" + outside + "\""));
			assertSheetUnreadable(write(), "工会服务站");
			this.parts = valid;
		}
	}

	@Test
	void refusesAnExternalSheet() {
		edit(WORKBOOK_RELS, (rels) -> rels.replace("Target=\"worksheets/sheet2.xml\"",
				"Target=\"file:///etc/passwd\" TargetMode=\"External\""));

		assertSheetUnreadable(write(), "工会服务站");
	}

	@Test
	void refusesAPackageOfMoreEntriesThanPoiAllowsAsUnreadable() {
		for (int i = 0; i < 1000; i++) {
			this.parts.put("xl/media/image" + i + ".png", new byte[] { 1 });
		}
		edit("[Content_Types].xml", (types) -> types.replace("<Default ",
				"<Default ContentType=\"image/png\" Extension=\"png\"/><Default "));

		assertProblem(write(), WorkbookProblem.UNREADABLE);
	}

	@Test
	void refusesTwoEntriesOfOneNameAsUnreadable() {
		this.parts.put("XL/Worksheets/Sheet2.xml", this.parts.get("xl/worksheets/sheet2.xml"));

		assertProblem(write(), WorkbookProblem.UNREADABLE);
	}

	@Test
	void readsAPackageFollowedByJunkEntryByEntryAsPoiDid() throws IOException {
		Path file = write();
		// Beyond where the end of the central directory is looked for.
		Files.write(file, new byte[70_000], StandardOpenOption.APPEND);

		assertThat(contents(file)).isEqualTo(this.expected);
	}

	@Test
	void refusesAPackageWithoutTheEndOfItsCentralDirectoryAsUnreadable() throws IOException {
		Path file = write();
		byte[] bytes = Files.readAllBytes(file);
		for (int i = bytes.length - 22; i >= 0; i--) {
			if (bytes[i] == 'P' && bytes[i + 1] == 'K' && bytes[i + 2] == 5 && bytes[i + 3] == 6) {
				bytes[i + 2] = 9;
				break;
			}
		}
		Files.write(file, bytes);

		assertProblem(file, WorkbookProblem.UNREADABLE);
	}

	private void assertSheetUnreadable(Path file, String sheet) {
		try (WorkbookSource source = open(file)) {
			assertThat(source.sheetNames()).contains(sheet);
			assertThatExceptionOfType(WorkbookReadException.class).isThrownBy(() -> {
				try (SheetCursor cursor = source.openSheet(sheet)) {
					cursor.next();
				}
			}).satisfies((ex) -> assertThat(ex.problem()).isEqualTo(WorkbookProblem.UNREADABLE));
		}
	}

	private static void assertProblem(Path file, WorkbookProblem problem) {
		assertThatExceptionOfType(WorkbookReadException.class).isThrownBy(() -> contents(file))
			.satisfies((ex) -> assertThat(ex.problem()).as(ex.toString()).isEqualTo(problem));
	}

	private static WorkbookSource open(Path file) {
		return new WorkbookOpener(LIMITS).open(file);
	}

	/** Each sheet's rows, as text, by sheet name. */
	private static Map<String, List<String>> contents(Path file) {
		Map<String, List<String>> sheets = new LinkedHashMap<>();
		try (WorkbookSource source = open(file)) {
			for (String name : source.sheetNames()) {
				List<String> rows = new ArrayList<>();
				try (SheetCursor cursor = source.openSheet(name)) {
					for (SheetRow row = cursor.next(); row != null; row = cursor.next()) {
						rows.add(row.toString());
					}
				}
				sheets.put(name, rows);
			}
		}
		return sheets;
	}

	private void move(String from, String to) {
		this.parts.put(to, this.parts.remove(from));
	}

	private void edit(String part, UnaryOperator<String> change) {
		String xml = new String(this.parts.get(part), StandardCharsets.UTF_8);
		String changed = change.apply(xml);
		assertThat(changed).as("edited " + part).isNotEqualTo(xml);
		this.parts.put(part, changed.getBytes(StandardCharsets.UTF_8));
	}

	private void overrideContentType(String partName, String contentType) {
		edit("[Content_Types].xml", (types) -> types.replace("</Types>",
				"<Override ContentType=\"" + contentType + "\" PartName=\"" + partName + "\"/></Types>"));
	}

	private Path write() {
		Path file = this.dir.resolve("edited-" + System.nanoTime() + ".xlsx");
		try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
			for (Map.Entry<String, byte[]> part : this.parts.entrySet()) {
				zip.putNextEntry(new ZipEntry(part.getKey()));
				zip.write(part.getValue());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return file;
	}

	private static Map<String, byte[]> parts(Path file) {
		Map<String, byte[]> parts = new LinkedHashMap<>();
		try (InputStream in = Files.newInputStream(file); ZipInputStream zip = new ZipInputStream(in)) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				parts.put(entry.getName(), zip.readAllBytes());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return parts;
	}

}
