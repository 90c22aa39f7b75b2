package org.unionstats.statistics;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.unionstats.support.Rendering;
import org.unionstats.registry.Period;
import org.unionstats.support.DatabaseCleaner;
import org.unionstats.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The district chart shows its bars in LibreOffice: the report is converted to PDF by
 * headless LibreOffice, the PDF to PNG by poppler, and the bars' fill colour must be
 * there. Runs wherever {@code soffice} and {@code pdftoppm} are installed; CI
 * ({@code CI=true}, where {@code .ci/run} installs them) fails without them.
 */
@IntegrationTest
class ReportRenderIntegrationTests {

	/** How far (per RGB channel) an anti-aliased pixel may stray from the bar colour. */
	private static final int TOLERANCE = 6;

	/** Bar pixels needed: a legend key alone is far fewer at this resolution. */
	private static final int BAR_PIXELS = 400;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private StatisticsLauncher launcher;

	@TempDir
	Path dropRoot;

	@TempDir
	Path rendered;

	@BeforeEach
	void givenTheGoldenDataSet() {
		DatabaseCleaner.clean(this.jdbc);
		new StatisticsFixture(this.jdbc).goldenDataSet();
	}

	@Test
	void theDistrictChartsBarsAreDrawnByLibreOffice() throws Exception {
		Rendering.requireTools();
		StatisticsOutcome outcome = this.launcher.run(Period.require("2017"), this.dropRoot);

		Rendering.run(this.rendered, "soffice", "-env:UserInstallation=" + this.rendered.resolve("profile").toUri(),
				"--headless", "--convert-to", "pdf", "--outdir", this.rendered.toString(),
				outcome.paths().workbook().toString());
		Path pdf = this.rendered.resolve("municipal-statistics-2017.pdf");
		assertThat(pdf).exists();
		Rendering.run(this.rendered, "pdftoppm", "-png", "-r", "60", pdf.toString(),
				this.rendered.resolve("page").toString());

		assertThat(barColouredPixels()).isGreaterThan(BAR_PIXELS);
	}

	private long barColouredPixels() throws IOException {
		long count = 0;
		try (Stream<Path> files = Files.list(this.rendered)) {
			for (Path png : files.filter((file) -> file.toString().endsWith(".png")).toList()) {
				BufferedImage image = ImageIO.read(png.toFile());
				for (int y = 0; y < image.getHeight(); y++) {
					for (int x = 0; x < image.getWidth(); x++) {
						count += isBarColour(image.getRGB(x, y)) ? 1 : 0;
					}
				}
			}
		}
		return count;
	}

	private static boolean isBarColour(int rgb) {
		byte[] bar = DistrictChart.BAR_COLOUR;
		return close((rgb >> 16) & 0xFF, bar[0] & 0xFF) && close((rgb >> 8) & 0xFF, bar[1] & 0xFF)
				&& close(rgb & 0xFF, bar[2] & 0xFF);
	}

	private static boolean close(int a, int b) {
		return Math.abs(a - b) <= TOLERANCE;
	}

}
