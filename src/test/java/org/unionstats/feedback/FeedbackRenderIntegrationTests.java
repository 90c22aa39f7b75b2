package org.unionstats.feedback;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.unionstats.support.Rendering;
import org.unionstats.UnionStatsProperties;
import org.unionstats.people.LocalTimes;
import org.unionstats.people.SharePaths;
import org.unionstats.validation.Issue;
import org.unionstats.validation.IssueCode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.unionstats.feedback.FeedbackWriterTests.request;
import static org.unionstats.feedback.TestWorkbooks.PROFILE;
import static org.unionstats.feedback.TestWorkbooks.STATIONS;
import static org.unionstats.feedback.TestWorkbooks.cellIssue;
import static org.unionstats.feedback.TestWorkbooks.rowIssue;

/**
 * LibreOffice shows the streamed copy as it shows the copy made in memory, and the issue
 * list written straight as the list made with POI: each pair is converted to PDF by
 * headless LibreOffice and to PNG by poppler, page by page, and the pages must look the
 * same. Runs wherever {@code soffice} and {@code pdftoppm} are installed; CI
 * ({@code CI=true}, where {@code .ci/run} installs them) fails without them.
 */
class FeedbackRenderIntegrationTests {

	/**
	 * Pixels a page may differ by (anti-aliasing), of about 200,000 at this resolution.
	 */
	private static final int TOLERANCE = 200;

	@TempDir
	Path folder;

	@Test
	void libreOfficeRendersTheStreamedCopyAsTheCopyMadeInMemory() throws Exception {
		Rendering.requireTools();
		Path original = TestWorkbooks.xlsx(this.folder, 12);
		List<Issue> issues = List.of(cellIssue(IssueCode.VALUE_RANGE, STATIONS, "D7", "104"),
				cellIssue(IssueCode.DATE_FUTURE, STATIONS, "F8", "2099-01-01"),
				cellIssue(IssueCode.NAME_MISMATCH, PROFILE, "B3", "广外街道"),
				rowIssue(IssueCode.TOTAL_ROW_MISMATCH, STATIONS, 9),
				cellIssue(IssueCode.VALUE_RANGE, STATIONS, "H5", "a cell that is not there"));
		FeedbackRequest request = request(original, Verdict.REJECTED, issues, 12);
		IssueListSheetWriter list = new IssueListSheetWriter(FeedbackMessages.load(), SharePaths.of(settings()),
				LocalTimes.of(settings()), Clock.fixed(Instant.parse("2026-12-06T16:50:00Z"), ZoneOffset.UTC));

		Path inMemory = this.folder.resolve("in-memory.xlsx");
		try (OutputStream out = Files.newOutputStream(inMemory)) {
			new AnnotatedCopyWriter(list).write(request, FeedbackFormat.XLSX, this.folder, out);
		}
		Path streamed = this.folder.resolve("streamed.xlsx");
		StreamedXlsxAnnotator annotator = new StreamedXlsxAnnotator(list);
		try (StreamedXlsxAnnotator.Prepared prepared = annotator.prepare(request);
				OutputStream out = Files.newOutputStream(streamed)) {
			annotator.write(prepared, request, out);
		}

		List<BufferedImage> expected = render(inMemory, "in-memory");
		List<BufferedImage> actual = render(streamed, "streamed");
		assertSameLook(expected, actual, 3);
	}

	@Test
	void libreOfficeRendersTheListWrittenStraightAsTheListMadeWithPoi() throws Exception {
		Rendering.requireTools();
		List<Issue> issues = List.of(cellIssue(IssueCode.VALUE_RANGE, STATIONS, "D7", "104"),
				cellIssue(IssueCode.NAME_MISMATCH, PROFILE, "B3", "=1+1"),
				rowIssue(IssueCode.TOTAL_ROW_MISMATCH, STATIONS, 9),
				cellIssue(IssueCode.DATE_FUTURE, STATIONS, "F8", "2099-01-01"));
		FeedbackRequest request = request(TestWorkbooks.xlsx(this.folder, 3), Verdict.REJECTED, issues, 3);

		Path withPoi = IssueListAloneTests.withPoi(this.folder.resolve("with-poi.xlsx"), request, null);
		Path straight = IssueListAloneTests.straight(this.folder.resolve("straight.xlsx"), request, null);

		assertSameLook(render(withPoi, "with-poi"), render(straight, "straight"), 1);
	}

	private static void assertSameLook(List<BufferedImage> expected, List<BufferedImage> actual, int pages) {
		assertThat(actual).hasSameSizeAs(expected).hasSize(pages);
		for (int page = 0; page < actual.size(); page++) {
			assertThat(differingPixels(expected.get(page), actual.get(page))).as("page " + (page + 1))
				.isLessThanOrEqualTo(TOLERANCE);
		}
	}

	private List<BufferedImage> render(Path workbook, String name) throws Exception {
		Path pdfs = Files.createDirectories(this.folder.resolve("pdf"));
		Rendering.run(this.folder, "soffice", "-env:UserInstallation=" + this.folder.resolve("profile").toUri(),
				"--headless", "--convert-to", "pdf", "--outdir", pdfs.toString(), workbook.toString());
		Rendering.run(this.folder, "pdftoppm", "-png", "-r", "50", pdfs.resolve(name + ".pdf").toString(),
				this.folder.resolve(name).toString());
		List<BufferedImage> pages = new ArrayList<>();
		try (Stream<Path> files = Files.list(this.folder)) {
			for (Path png : files.filter((file) -> file.getFileName().toString().startsWith(name + "-"))
				.sorted()
				.toList()) {
				pages.add(ImageIO.read(png.toFile()));
			}
		}
		return pages;
	}

	private static int differingPixels(BufferedImage expected, BufferedImage actual) {
		if (expected.getWidth() != actual.getWidth() || expected.getHeight() != actual.getHeight()) {
			return Integer.MAX_VALUE;
		}
		int differing = 0;
		for (int y = 0; y < expected.getHeight(); y++) {
			for (int x = 0; x < expected.getWidth(); x++) {
				differing += (expected.getRGB(x, y) != actual.getRGB(x, y)) ? 1 : 0;
			}
		}
		return differing;
	}

	private static UnionStatsProperties settings() {
		return UnionStatsProperties.defaults(Path.of("drop"));
	}

}
