package org.unionstats.console;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.awaitility.core.ThrowingRunnable;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.util.FileSystemUtils;

import org.unionstats.support.TestDatabaseInitializer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.unionstats.console.ConsoleFixture.BALIZHUANG;
import static org.unionstats.console.ConsoleFixture.CHAOYANG;
import static org.unionstats.console.ConsoleFixture.GUANGANMENWAI;
import static org.unionstats.console.ConsoleFixture.TIANQIAO;
import static org.unionstats.console.ConsoleFixture.XICHENG;

/**
 * The console's main flows in a real browser (Debian's chromium and chromium-driver, no
 * download at run time): a district returns one federation and approves the rest, the
 * city approves the district, a federation downloads its feedback, and a workbook for
 * approved figures is refused with PERIOD_APPROVED. Each page is saved as a screenshot in
 * {@code target/console-browser/}. Runs wherever chromium is installed; CI
 * ({@code CI=true}, where {@code .ci/run} installs it) fails without it.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "unionstats.quiet-time=0s", "unionstats.console.login-failure-delay=10ms",
				"unionstats.drop-root=target/console-browser/drop" })
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
class ConsoleBrowserIntegrationTests {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	private static final Path OUTPUT = Path.of("target/console-browser");

	private static final Path DROP_ROOT = OUTPUT.resolve("drop");

	private static final Path DOWNLOADS = OUTPUT.resolve("downloads").toAbsolutePath();

	private static WebDriver browser;

	private static int screenshots;

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext application;

	@BeforeAll
	static void startBrowser() throws IOException {
		boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
		if (!present && "true".equalsIgnoreCase(System.getenv("CI"))) {
			fail("chromium and chromium-driver are required under CI: .ci/run installs them");
		}
		assumeTrue(present, "chromium and chromium-driver are not installed here");
		FileSystemUtils.deleteRecursively(OUTPUT);
		Files.createDirectories(DOWNLOADS);
		Files.createDirectories(DROP_ROOT);
		ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
			.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
					"--window-size=1280,1000", "--lang=zh-CN")
			.setExperimentalOption("prefs", java.util.Map.of("download.default_directory", DOWNLOADS.toString(),
					"download.prompt_for_download", false));
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		browser = new ChromeDriver(service, options);
		browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
		// A shared build machine can be slow: elements of the next page are waited for.
		browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(20));
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void aDistrictReviewsTheCityApprovesAndAFederationDownloadsItsFeedback() throws Exception {
		ConsoleFixture.load(this.application, DROP_ROOT);

		// A DISTRICT user signs in and lands on its district: its federations only.
		signIn("xicheng");
		eventually(() -> assertThat(browser.getCurrentUrl()).endsWith("/periods/2017/districts/" + XICHENG));
		assertThat(federationRows()).contains(GUANGANMENWAI, TIANQIAO).doesNotContain(BALIZHUANG);
		Cookie session = browser.manage().getCookieNamed("JSESSIONID");
		assertThat(session.isHttpOnly()).isTrue();
		assertThat(session.getSameSite()).isEqualTo("Lax");
		screenshot("district-before-review");

		// It returns 天桥街道 with a comment and approves the rest.
		WebElement tianqiao = browser.findElement(By.id("federation-" + TIANQIAO));
		tianqiao.findElement(By.className("comment")).sendKeys("会员人数有误，请核对后重报");
		tianqiao.findElement(By.className("return")).click();
		assertThat(browser.findElement(By.className("notice")).getText()).contains("已退回");
		browser.findElement(By.id("federation-" + GUANGANMENWAI)).findElement(By.className("approve")).click();
		eventually(() -> assertThat(stateOf(GUANGANMENWAI)).contains("区已审核"));
		assertThat(stateOf(TIANQIAO)).contains("已退回", "会员人数有误，请核对后重报");
		screenshot("district-after-review");

		// 天桥街道 sends a corrected workbook; the district approves it too.
		ConsoleFixture.dropWorkbook(DROP_ROOT, TIANQIAO, "天桥街道", "西城区", "天桥-2017-更正.xlsx", 950);
		ConsoleFixture.ingest(this.application, DROP_ROOT);
		browser.navigate().refresh();
		eventually(() -> assertThat(stateOf(TIANQIAO)).contains("暂定"));
		browser.findElement(By.id("federation-" + TIANQIAO)).findElement(By.className("approve")).click();
		eventually(() -> assertThat(stateOf(TIANQIAO)).contains("区已审核"));
		signOut();

		// The city sees every district and approves 西城区.
		signIn("city");
		assertThat(browser.findElement(By.id("districts")).getText()).contains("西城区", "朝阳区");
		screenshot("overview");
		browser.findElement(By.linkText(XICHENG)).click();
		browser.findElement(By.id("approve-district")).click();
		eventually(() -> assertThat(browser.findElement(By.id("district-state")).getText()).isEqualTo("市已审核"));
		screenshot("district-approved-by-the-city");
		browser.get(url("/periods/2017/report"));
		screenshot("report");
		signOut();

		// The federation downloads its feedback.
		signIn("guanganmenwai");
		eventually(() -> assertThat(browser.getCurrentUrl()).endsWith("/periods/2017/federations/" + GUANGANMENWAI));
		assertThat(browser.findElement(By.id("approval-state")).getText()).contains("市已审核");
		screenshot("federation");
		browser.findElement(By.className("feedback")).click();
		await().atMost(Duration.ofSeconds(30))
			.until(() -> downloaded().stream().anyMatch((name) -> name.endsWith(".xlsx")));
		assertThat(downloaded()).singleElement().asString().startsWith("广安门外-2017.xlsx.校验结果.");

		// A new workbook for its approved figures is refused with PERIOD_APPROVED.
		ConsoleFixture.dropWorkbook(DROP_ROOT, GUANGANMENWAI, "广安门外街道", "西城区", "广安门外-2017-再报.xlsx", 901);
		ConsoleFixture.ingest(this.application, DROP_ROOT);
		browser.navigate().refresh();
		eventually(() -> {
			WebElement latest = browser.findElements(By.className("submission")).get(0);
			assertThat(latest.findElement(By.className("verdict")).getText()).contains("REJECTED");
			assertThat(latest.getText()).contains("PERIOD_APPROVED", "已审核");
		});
		screenshot("federation-period-approved");

		// And a DISTRICT user from elsewhere is told the district does not exist.
		signOut();
		signIn("chaoyang");
		eventually(() -> assertThat(browser.getCurrentUrl()).endsWith("/periods/2017/districts/" + CHAOYANG));
		browser.get(url("/periods/2017/districts/" + XICHENG));
		assertThat(browser.getPageSource()).doesNotContain("广安门外街道");
		screenshot("other-district-not-found");
	}

	private void signIn(String username) {
		browser.get(url("/login"));
		browser.findElement(By.id("username")).sendKeys(username);
		browser.findElement(By.id("password")).sendKeys(ConsoleFixture.PASSWORD);
		browser.findElement(By.id("sign-in")).click();
	}

	private void signOut() {
		browser.findElement(By.cssSelector("header form button")).click();
		eventually(() -> assertThat(browser.getCurrentUrl()).contains("/login?logout"));
	}

	/** Waits for the next page: a click returns before the browser has loaded it. */
	private static void eventually(ThrowingRunnable assertion) {
		await().atMost(Duration.ofSeconds(30)).ignoreExceptions().untilAsserted(assertion);
	}

	private List<String> federationRows() {
		return browser.findElements(By.cssSelector("#federations tr[id]"))
			.stream()
			.map((row) -> row.getAttribute("id").substring("federation-".length()))
			.toList();
	}

	private String stateOf(String federation) {
		return browser.findElement(By.id("federation-" + federation)).findElements(By.tagName("td")).get(3).getText();
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	private static List<String> downloaded() throws IOException {
		try (Stream<Path> files = Files.list(DOWNLOADS)) {
			return files.map((file) -> file.getFileName().toString())
				.filter((name) -> !name.endsWith(".crdownload"))
				.toList();
		}
	}

	private static void screenshot(String name) throws IOException {
		File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
		Files.copy(shot.toPath(), OUTPUT.resolve("%02d-%s.png".formatted(++screenshots, name)));
	}

}
