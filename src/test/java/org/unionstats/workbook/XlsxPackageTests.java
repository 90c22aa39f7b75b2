package org.unionstats.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.xml.stream.XMLStreamException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.unionstats.workbook.XlsxPackage.Relationship;
import org.unionstats.workbook.XlsxPackage.Relationships;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIOException;

/**
 * The package reader on its own: part names, content types and relationships.
 */
class XlsxPackageTests {

	private static final String TYPES = """
			<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
			<Default Extension="RELS" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
			<Default Extension="xml" ContentType="application/xml"/>
			<Override PartName="/XL/Workbook.xml" ContentType="workbook"/>
			<Override PartName="/xl/not-in-the-zip.xml" ContentType="nothing"/>
			</Types>""";

	private static final String WORKSHEET = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet";

	@TempDir
	Path dir;

	@Test
	void resolvesTargetsRelativeToTheFolderOfTheirSource() {
		assertThat(XlsxPackage.resolve("xl/workbook.xml", "worksheets/sheet1.xml"))
			.isEqualTo("xl/worksheets/sheet1.xml");
		assertThat(XlsxPackage.resolve("xl/workbook.xml", "./sheet1.xml")).isEqualTo("xl/sheet1.xml");
		assertThat(XlsxPackage.resolve("xl/workbook.xml", "../x.xml")).isEqualTo("x.xml");
		assertThat(XlsxPackage.resolve("xl/workbook.xml", "a/../b/./c.xml")).isEqualTo("xl/b/c.xml");
		assertThat(XlsxPackage.resolve(XlsxPackage.PACKAGE, "xl/workbook.xml")).isEqualTo("xl/workbook.xml");
	}

	@Test
	void resolvesTargetsStartingWithASlashFromTheRoot() {
		assertThat(XlsxPackage.resolve("xl/workbook.xml", "/xl/worksheets/sheet1.xml"))
			.isEqualTo("xl/worksheets/sheet1.xml");
		assertThat(XlsxPackage.resolve("xl/deep/er/workbook.xml", "/sheet.xml")).isEqualTo("sheet.xml");
	}

	@Test
	void refusesTargetsThatClimbAboveTheRoot() {
		assertThat(XlsxPackage.resolve("xl/workbook.xml", "../../etc/passwd")).isNull();
		assertThat(XlsxPackage.resolve("xl/workbook.xml", "a/../../../x.xml")).isNull();
		assertThat(XlsxPackage.resolve(XlsxPackage.PACKAGE, "../xl/workbook.xml")).isNull();
		assertThat(XlsxPackage.resolve("xl/workbook.xml", "/../xl/workbook.xml")).isNull();
		assertThat(XlsxPackage.resolve("xl/workbook.xml", "/")).isNull();
	}

	@Test
	void namesTheRelationshipsPartOfAPart() {
		assertThat(XlsxPackage.relationshipsPartOf("xl/workbook.xml")).isEqualTo("xl/_rels/workbook.xml.rels");
		assertThat(XlsxPackage.relationshipsPartOf("book.xml")).isEqualTo("_rels/book.xml.rels");
		assertThat(XlsxPackage.relationshipsPartOf(XlsxPackage.PACKAGE)).isEqualTo("_rels/.rels");
	}

	@Test
	void givesContentTypesByOverrideThenByExtensionWhateverTheCase() throws Exception {
		try (XlsxPackage pkg = XlsxPackage.open(zip(Map.of("[Content_Types].xml", TYPES, "xl/workbook.xml", "<w/>",
				"xl/_rels/workbook.xml.Rels", "<r/>", "xl/worksheets/sheet1.XML", "<s/>"))
			.toFile())) {
			assertThat(pkg.contentType("xl/workbook.xml")).isEqualTo("workbook");
			assertThat(pkg.contentType("XL/WORKBOOK.XML")).isEqualTo("workbook");
			assertThat(pkg.contentType("xl/worksheets/sheet1.XML")).isEqualTo("application/xml");
			assertThat(pkg.contentType("xl/_rels/workbook.xml.rels"))
				.isEqualTo("application/vnd.openxmlformats-package.relationships+xml");
			assertThat(pkg.contentType("xl/media/image1.png")).isNull();
			assertThat(pkg.contentType("xl/worksheets.d/sheet")).isNull();
			assertThat(pkg.has("Xl/Worksheets/Sheet1.xml")).isTrue();
			assertThat(pkg.has("xl/not-in-the-zip.xml")).isFalse();
		}
	}

	@Test
	void refusesAPartWithoutContentTypeAsUnreadable() {
		Path file = zip(Map.of("[Content_Types].xml", TYPES, "xl/workbook.xml", "<w/>", "xl/media/image1.png", "png"));

		assertThatExceptionOfType(WorkbookReadException.class).isThrownBy(() -> XlsxPackage.open(file.toFile()))
			.satisfies((ex) -> assertThat(ex.problem()).isEqualTo(WorkbookProblem.UNREADABLE));
	}

	@Test
	void refusesAZipWithoutContentTypesAsUnreadable() {
		Path file = zip(Map.of("xl/workbook.xml", "<w/>"));

		assertThatExceptionOfType(WorkbookReadException.class).isThrownBy(() -> XlsxPackage.open(file.toFile()))
			.satisfies((ex) -> assertThat(ex.problem()).isEqualTo(WorkbookProblem.UNREADABLE));
	}

	@Test
	void readsRelationshipsByIdAndTakesTheLowestIdOfAType() throws Exception {
		String rels = relationships("""
				<Relationship Id="rId9" Type="%1$s" Target="worksheets/sheet9.xml"/>
				<Relationship Id="rId10" Type="%1$s" Target="/xl/worksheets/sheet10.xml"/>
				<Relationship Id="rId3" Type="strict" Target="strict.xml"/>
				<Relationship Id="rId4" Type="transitional" Target="transitional.xml"/>
				<Relationship Id="rId5" Type="external" Target="http://example.org/x.xml" TargetMode="External"/>
				<Relationship Id="rId6" Type="escaping" Target="../../x.xml"/>
				<Relationship Id="rId7" Target="no-type.xml"/>
				""".formatted(WORKSHEET));
		try (XlsxPackage pkg = XlsxPackage
			.open(zip(Map.of("[Content_Types].xml", TYPES, "xl/_rels/workbook.xml.rels", rels)).toFile())) {
			Relationships relationships = pkg.relationships("xl/workbook.xml");

			assertThat(relationships.byId("rId9"))
				.isEqualTo(new Relationship("rId9", WORKSHEET, "worksheets/sheet9.xml", false));
			assertThat(relationships.target(relationships.byId("rId9"))).isEqualTo("xl/worksheets/sheet9.xml");
			assertThat(relationships.first(WORKSHEET).id()).as("rId10 sorts before rId9, as in POI").isEqualTo("rId10");
			assertThat(relationships.first("transitional", "strict").id()).isEqualTo("rId4");
			assertThat(relationships.first("missing", "strict").id()).isEqualTo("rId3");
			assertThat(relationships.first("missing")).isNull();
			assertThat(relationships.target(relationships.byId("rId5"))).isNull();
			assertThat(relationships.target(relationships.byId("rId6"))).isNull();
			assertThat(relationships.byId("rId7")).isNull();
			assertThat(pkg.relationships("xl/worksheets/sheet9.xml").first(WORKSHEET)).isNull();
		}
	}

	@Test
	void readsThePackageRelationships() throws Exception {
		String rels = relationships("<Relationship Id=\"rId1\" Type=\"main\" Target=\"xl/workbook.xml\"/>");
		try (XlsxPackage pkg = XlsxPackage
			.open(zip(Map.of("[Content_Types].xml", TYPES, "_rels/.rels", rels)).toFile())) {
			Relationships relationships = pkg.relationships(XlsxPackage.PACKAGE);

			assertThat(relationships.target(relationships.first("main"))).isEqualTo("xl/workbook.xml");
		}
	}

	@Test
	void refusesToOpenAMissingPartAsUnreadable() throws Exception {
		try (XlsxPackage pkg = XlsxPackage.open(zip(Map.of("[Content_Types].xml", TYPES)).toFile())) {
			assertThatExceptionOfType(WorkbookReadException.class).isThrownBy(() -> pkg.open("xl/workbook.xml"))
				.satisfies((ex) -> assertThat(ex.problem()).isEqualTo(WorkbookProblem.UNREADABLE));
		}
	}

	@Test
	void readsEveryPartThroughPoisZipBombGuard() throws Exception {
		Map<String, String> parts = new LinkedHashMap<>();
		parts.put("[Content_Types].xml", TYPES);
		parts.put("xl/workbook.xml", " ".repeat(20 * 1024 * 1024));
		try (XlsxPackage pkg = XlsxPackage.open(zip(parts).toFile()); InputStream in = pkg.open("xl/workbook.xml")) {
			assertThatIOException().isThrownBy(in::readAllBytes).withMessageContaining("Zip bomb");
		}
	}

	@Test
	void refusesContentTypesWithADoctype() {
		String types = "<?xml version=\"1.0\"?><!DOCTYPE Types [<!ENTITY x \"application/xml\">]>"
				+ TYPES.replace("application/xml", "&x;");
		Path file = zip(Map.of("[Content_Types].xml", types, "xl/workbook.xml", "<w/>"));

		assertThatExceptionOfType(XMLStreamException.class).isThrownBy(() -> XlsxPackage.open(file.toFile()).close());
	}

	private static String relationships(String body) {
		return "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" + body
				+ "</Relationships>";
	}

	private Path zip(Map<String, String> parts) {
		Path file = this.dir.resolve("package-" + System.nanoTime() + ".zip");
		try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
			for (Map.Entry<String, String> part : parts.entrySet()) {
				zip.putNextEntry(new ZipEntry(part.getKey()));
				zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return file;
	}

}
