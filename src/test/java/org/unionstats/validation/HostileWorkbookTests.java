package org.unionstats.validation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

import org.unionstats.UnionStatsProperties;
import org.unionstats.support.SubmissionReading;
import org.unionstats.support.SubmissionWorkbookBuilder;
import org.unionstats.support.TestValidationContext;
import org.unionstats.support.WorkbookParts;
import org.unionstats.workbook.FacilityType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Files that are not what they claim, or attack the reader: each ends as a file-level
 * issue, never an exception, a hang or a read of a local file.
 */
class HostileWorkbookTests {

	@TempDir
	Path dir;

	private final TestValidationContext context = TestValidationContext.guanganmenwai();

	@Test
	void rejectsZipBombAsUnreadable() throws IOException {
		Path valid = SubmissionWorkbookBuilder.valid().writeTo(this.dir, "valid.xlsx");
		Path bomb = this.dir.resolve("bomb.xlsx");
		try (ZipOutputStream zip = rewrite(valid, bomb, "xl/worksheets/sheet1.xml")) {
			zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
			zip.write("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
				.getBytes(StandardCharsets.UTF_8));
			byte[] spaces = new byte[1024 * 1024];
			java.util.Arrays.fill(spaces, (byte) ' ');
			for (int i = 0; i < 200; i++) {
				zip.write(spaces);
			}
			zip.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
		}
		assertThat(read(bomb).codes()).containsExactly(IssueCode.FILE_UNREADABLE);
	}

	@Test
	void refusesExternalEntityPointingAtALocalFile() throws IOException {
		Path secret = this.dir.resolve("secret.txt");
		Files.writeString(secret, "TOP-SECRET-CONTENT");
		String doctype = "<?xml version=\"1.0\"?><!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"" + secret.toUri()
				+ "\"><!ENTITY host SYSTEM \"file:///etc/hostname\">]>";
		String sheet = doctype + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
				+ "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&xxe;&host;</t></is></c></row>"
				+ "</sheetData></worksheet>";
		Path file = replace("xxe.xlsx", "xl/worksheets/sheet1.xml", sheet);
		SubmissionReading reading = read(file);
		assertThat(reading.codes()).containsExactly(IssueCode.FILE_UNREADABLE);
		String hostname = Files.exists(Path.of("/etc/hostname")) ? Files.readString(Path.of("/etc/hostname")).strip()
				: "TOP-SECRET-CONTENT";
		assertThat(reading.issues().toString()).doesNotContain("TOP-SECRET-CONTENT").doesNotContain(hostname);
	}

	@Test
	void refusesBillionLaughsInSharedStrings() throws IOException {
		StringBuilder entities = new StringBuilder("<!ENTITY lol \"lol\">");
		for (int i = 1; i < 10; i++) {
			entities.append("<!ENTITY lol").append(i).append(" \"");
			entities.append(("&lol" + ((i > 1) ? i - 1 : "") + ";").repeat(10)).append("\">");
		}
		String sst = "<?xml version=\"1.0\"?><!DOCTYPE sst [" + entities + "]>"
				+ "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"1\" uniqueCount=\"1\">"
				+ "<si><t>&lol9;</t></si></sst>";
		Path file = replace("laughs.xlsx", "xl/sharedStrings.xml", sst);
		assertThat(read(file).codes()).containsExactly(IssueCode.FILE_UNREADABLE);
	}

	@Test
	void rejectsPasswordProtectedXlsx() throws Exception {
		Path plain = SubmissionWorkbookBuilder.valid().writeTo(this.dir, "plain.xlsx");
		Path encrypted = this.dir.resolve("encrypted.xlsx");
		try (POIFSFileSystem fs = new POIFSFileSystem()) {
			EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
			Encryptor encryptor = info.getEncryptor();
			encryptor.confirmPassword("secret");
			try (OutputStream out = encryptor.getDataStream(fs)) {
				Files.copy(plain, out);
			}
			try (OutputStream out = Files.newOutputStream(encrypted)) {
				fs.writeFilesystem(out);
			}
		}
		assertThat(read(encrypted).codes()).containsExactly(IssueCode.FILE_ENCRYPTED);
	}

	@Test
	void rejectsPasswordProtectedXls() throws IOException {
		Path encrypted = this.dir.resolve("encrypted.xls");
		Biff8EncryptionKey.setCurrentUserPassword("secret");
		try (HSSFWorkbook workbook = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(encrypted)) {
			SubmissionWorkbookBuilder.valid().build(workbook);
			workbook.write(out);
		}
		finally {
			Biff8EncryptionKey.setCurrentUserPassword(null);
		}
		assertThat(read(encrypted).codes()).containsExactly(IssueCode.FILE_ENCRYPTED);
	}

	@Test
	void rejectsCsvRenamedToXlsx() throws IOException {
		Path csv = this.dir.resolve("renamed.xlsx");
		Files.writeString(csv, "项目,数值\n模板版本,1\n街道代码,110102020\n");
		SubmissionReading reading = read(csv);
		assertThat(reading.codes()).containsExactly(IssueCode.FILE_FORMAT);
		assertThat(reading.profile().profile()).isNull();
		assertThat(reading.facilities()).isEmpty();
		assertThat(reading.closing().issues()).isEmpty();
	}

	@Test
	void acceptsXlsRenamedToXlsxBecauseContentDecides() throws IOException {
		Path xls = SubmissionWorkbookBuilder.valid().xls().writeTo(this.dir, "legacy.xlsx");
		SubmissionReading reading = read(xls);
		assertThat(reading.codes()).containsExactly(IssueCode.ORG_SUM);
		assertThat(reading.facilities()).hasSize(10);
	}

	@Test
	void rejectsWordDocumentRenamedToXlsxAsNotAWorkbook() throws IOException {
		Path docx = this.dir.resolve("report.xlsx");
		try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(docx)) {
			document.createParagraph().createRun().setText("广安门外街道工会工作总结");
			document.write(out);
		}
		SubmissionReading reading = read(docx);
		assertThat(reading.codes()).containsExactly(IssueCode.FILE_FORMAT);
		assertThat(reading.facilities()).isEmpty();
	}

	@Test
	void rejectsTheSameSheetNameTwiceAsDuplicateAndTakesNothingFromEither() {
		Path valid = SubmissionWorkbookBuilder.valid().writeTo(this.dir, "valid.xlsx");
		String workbook = WorkbookParts.read(valid, "xl/workbook.xml");
		java.util.regex.Matcher warm = java.util.regex.Pattern.compile("<sheet [^>]*name=\"暖心驿站\"[^>]*/>")
			.matcher(workbook);
		assertThat(warm.find()).isTrue();
		String twice = workbook.replace(warm.group(),
				warm.group() + warm.group().replaceFirst("sheetId=\"\\d+\"", "sheetId=\"99\""));
		Path file = WorkbookParts.replace(valid, this.dir.resolve("twice.xlsx"), "xl/workbook.xml", twice);

		SubmissionReading reading = read(file);

		assertThat(reading.issues(IssueCode.SHEET_DUPLICATE)).singleElement().satisfies((issue) -> {
			assertThat(issue.severity()).isEqualTo(Severity.ERROR);
			assertThat(issue.messageZh()).contains("“暖心驿站”和“暖心驿站”");
			assertThat(issue.messageEn()).contains("\"暖心驿站\" and \"暖心驿站\"");
		});
		assertThat(reading.codes()).doesNotContain(IssueCode.SHEET_MISSING);
		assertThat(reading.facilities()).extracting((item) -> item.row().type())
			.hasSize(8)
			.doesNotContain(FacilityType.WARM_STATION);
	}

	@Test
	void rejectsZipThatIsNotAWorkbook() throws IOException {
		Path file = this.dir.resolve("archive.xlsx");
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
			zip.putNextEntry(new ZipEntry("readme.txt"));
			zip.write("hello".getBytes(StandardCharsets.UTF_8));
		}
		assertThat(read(file).codes()).containsExactly(IssueCode.FILE_UNREADABLE);
	}

	@Test
	void rejectsTruncatedWorkbook() throws IOException {
		Path valid = SubmissionWorkbookBuilder.valid().writeTo(this.dir, "valid.xlsx");
		byte[] bytes = Files.readAllBytes(valid);
		Path truncated = Files.write(this.dir.resolve("truncated.xlsx"),
				java.util.Arrays.copyOf(bytes, bytes.length / 2));
		assertThat(read(truncated).codes()).containsExactly(IssueCode.FILE_UNREADABLE);
	}

	@Test
	void rejectsFileOverTheSizeLimitBeforeOpeningIt() {
		Path file = SubmissionWorkbookBuilder.valid().writeTo(this.dir);
		SubmissionReading reading = SubmissionReading.read(file, this.context,
				settings(DataSize.ofKilobytes(1), 200_000, 1_000_000));
		assertThat(reading.codes()).containsExactly(IssueCode.FILE_TOO_LARGE);
	}

	@Test
	void rejectsSheetOverTheRowLimit() {
		Path file = SubmissionWorkbookBuilder.valid().writeTo(this.dir);
		SubmissionReading reading = SubmissionReading.read(file, this.context,
				settings(DataSize.ofMegabytes(50), 3, 1_000_000));
		assertThat(reading.codes()).contains(IssueCode.FILE_TOO_LARGE);
		assertThat(reading.issues(IssueCode.FILE_TOO_LARGE).get(0).messageZh()).contains("3");
	}

	@Test
	void rejectsSharedStringsTableOverTheCap() {
		Path file = SubmissionWorkbookBuilder.valid().writeTo(this.dir);
		SubmissionReading reading = SubmissionReading.read(file, this.context,
				settings(DataSize.ofMegabytes(50), 200_000, 10));
		assertThat(reading.codes()).containsExactly(IssueCode.FILE_TOO_LARGE);
	}

	@Test
	void rejectsSharedStringsOfFewEntriesButHugeTextBeforeHoldingThem() throws IOException {
		java.util.Random random = new java.util.Random(7);
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < 200_000; i++) {
			text.append((char) ('a' + random.nextInt(26)));
		}
		String sst = "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"2\" uniqueCount=\"2\">"
				+ "<si><t>" + text + "</t></si><si><t>" + text + "</t></si></sst>";
		Path file = replace("huge-text.xlsx", "xl/sharedStrings.xml", sst);

		SubmissionReading reading = SubmissionReading.read(file, this.context,
				settings(DataSize.ofMegabytes(50), 200_000, 1000));

		assertThat(reading.codes()).containsExactly(IssueCode.FILE_TOO_LARGE);
		assertThat(reading.issues(IssueCode.FILE_TOO_LARGE).get(0).messageZh()).contains("文字总量").contains("62 KiB");
	}

	private SubmissionReading read(Path file) {
		return SubmissionReading.read(file, this.context);
	}

	private UnionStatsProperties settings(DataSize maxFileSize, int maxRows, int maxStrings) {
		return UnionStatsProperties.bind(java.util.Map.of("unionstats.drop-root", this.dir.toString(),
				"unionstats.max-file-size", maxFileSize.toBytes() + "B", "unionstats.max-rows-per-sheet", maxRows,
				"unionstats.max-shared-strings", maxStrings));
	}

	private Path replace(String fileName, String entry, String content) throws IOException {
		Path valid = SubmissionWorkbookBuilder.valid().writeTo(this.dir, "valid-" + fileName);
		Path target = this.dir.resolve(fileName);
		try (ZipOutputStream zip = rewrite(valid, target, entry)) {
			zip.putNextEntry(new ZipEntry(entry));
			zip.write(content.getBytes(StandardCharsets.UTF_8));
		}
		return target;
	}

	/** Copies every entry but the one about to be replaced by the caller. */
	private static ZipOutputStream rewrite(Path source, Path target, String replaced) throws IOException {
		ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(target));
		try (InputStream in = Files.newInputStream(source); ZipInputStream entries = new ZipInputStream(in)) {
			for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
				if (entry.getName().equals(replaced)) {
					continue;
				}
				ByteArrayOutputStream bytes = new ByteArrayOutputStream();
				entries.transferTo(bytes);
				zip.putNextEntry(new ZipEntry(entry.getName()));
				zip.write(bytes.toByteArray());
			}
		}
		return zip;
	}

}
