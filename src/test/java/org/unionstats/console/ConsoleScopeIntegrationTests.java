package org.unionstats.console;

import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import org.unionstats.support.IntegrationTest;
import org.unionstats.users.UserAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.unionstats.console.ConsoleFixture.BALIZHUANG;
import static org.unionstats.console.ConsoleFixture.GUANGANMENWAI;

/**
 * Every role on every page: what is outside a user's scope answers 404 (it is not
 * confirmed to exist), pages of another role answer 403, anonymous requests go to the
 * sign-in page (or get 401 with HTTP Basic), and {@code /actuator/health} stays open.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestPropertySource(properties = { "unionstats.quiet-time=0s", "unionstats.console.login-failure-delay=10ms",
		"management.endpoints.web.exposure.include=health,metrics" })
class ConsoleScopeIntegrationTests {

	@TempDir
	static Path dropRoot;

	@Autowired
	WebApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserAccounts accounts;

	MockMvc mvc;

	static long guanganmenwaiSubmission;

	static long balizhuangSubmission;

	@BeforeAll
	void loadTheCity(@Autowired ApplicationContext application) {
		ConsoleFixture.load(application, dropRoot);
		guanganmenwaiSubmission = ConsoleFixture.acceptedSubmission(this.jdbc, GUANGANMENWAI);
		balizhuangSubmission = ConsoleFixture.acceptedSubmission(this.jdbc, BALIZHUANG);
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
	}

	static Stream<Arguments> everyRoleOnEveryPage() {
		String gam = "/periods/2017/federations/" + GUANGANMENWAI;
		String blz = "/periods/2017/federations/" + BALIZHUANG;
		// user: admin, city, xicheng, chaoyang, guanganmenwai
		return Stream.of(row("/periods/2017", 200, 200, 200, 200, 302),
				row("/periods/2017/districts/110102", 200, 200, 200, 404, 404),
				row("/periods/2017/districts/110105", 200, 200, 404, 200, 404),
				row("/periods/2017/districts/999999", 404, 404, 404, 404, 404), row(gam, 200, 200, 200, 404, 200),
				row(blz, 200, 200, 404, 200, 404), row("/periods/2017/federations/999999999", 404, 404, 404, 404, 404),
				row("/periods/not-a-period/federations/" + GUANGANMENWAI, 404, 404, 404, 404, 404),
				row(gam + "/submissions/{gam}/feedback", 200, 200, 200, 404, 200),
				row(gam + "/submissions/{gam}/original", 200, 200, 200, 404, 200),
				row(blz + "/submissions/{blz}/feedback", 200, 200, 404, 200, 404),
				// Another federation's file under one's own federation's address.
				row(gam + "/submissions/{blz}/feedback", 404, 404, 404, 404, 404),
				row(gam + "/template", 200, 200, 200, 404, 200), row(blz + "/template", 200, 200, 404, 200, 404),
				row("/periods/2017/report", 200, 200, 404, 404, 404), row("/runs", 200, 403, 403, 403, 403),
				row("/files", 200, 403, 403, 403, 403), row("/actuator/metrics", 200, 403, 403, 403, 403));
	}

	private static Arguments row(String path, int admin, int city, int xicheng, int chaoyang, int federation) {
		return Arguments.of(path, new int[] { admin, city, xicheng, chaoyang, federation });
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("everyRoleOnEveryPage")
	void eachRoleSeesOnlyItsScope(String path, int[] expected) throws Exception {
		String url = path.replace("{gam}", String.valueOf(guanganmenwaiSubmission))
			.replace("{blz}", String.valueOf(balizhuangSubmission));
		String[] users = { "admin", "city", "xicheng", "chaoyang", "guanganmenwai" };
		int[] actual = new int[users.length];
		for (int i = 0; i < users.length; i++) {
			SignedInUser signedIn = new SignedInUser(this.accounts.find(users[i]).orElseThrow());
			actual[i] = this.mvc.perform(get(url).with(user(signedIn))).andReturn().getResponse().getStatus();
		}
		assertThat(actual).as("status for %s", String.join(", ", users)).containsExactly(expected);
	}

	@Test
	void anonymousPeopleAreSentToTheSignInPageAndScriptsGet401() throws Exception {
		var page = this.mvc.perform(get("/periods/2017").accept("text/html")).andReturn().getResponse();
		var script = this.mvc.perform(get("/periods/2017").with(httpBasic("admin", "wrong-password")))
			.andReturn()
			.getResponse();

		assertThat(page.getStatus()).isEqualTo(302);
		assertThat(page.getRedirectedUrl()).endsWith("/login");
		assertThat(script.getStatus()).isEqualTo(401);
		// Open (its status says UP or DOWN, 503 here: the test has no drop root).
		assertThat(this.mvc.perform(get("/actuator/health")).andReturn().getResponse().getStatus()).isIn(200, 503);
		assertThat(this.mvc.perform(get("/actuator/metrics")).andReturn().getResponse().getStatus()).isEqualTo(401);
	}

	@Test
	void aScriptSignsInWithHttpBasic() throws Exception {
		var response = this.mvc.perform(get("/runs").with(httpBasic("admin", ConsoleFixture.PASSWORD)))
			.andReturn()
			.getResponse();

		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentAsString()).contains("作业运行记录", "ingest");
	}

	@Test
	void downloadsAreNamedInUtf8() throws Exception {
		SignedInUser clerk = new SignedInUser(this.accounts.find("guanganmenwai").orElseThrow());
		var response = this.mvc
			.perform(get("/periods/2017/federations/" + GUANGANMENWAI + "/submissions/" + guanganmenwaiSubmission
					+ "/original")
				.with(user(clerk)))
			.andReturn()
			.getResponse();

		assertThat(response.getHeader("Content-Disposition")).startsWith("attachment;")
			.contains("filename*=UTF-8''%E5%B9%BF%E5%AE%89%E9%97%A8%E5%A4%96-2017.xlsx");
		assertThat(response.getContentAsByteArray()).startsWith('P', 'K');
	}

	@Test
	void failedSignInsAreCountedAndASuccessResetsTheCount() throws Exception {
		this.mvc.perform(get("/periods/2017").with(httpBasic("city", "wrong-1")));
		this.mvc.perform(get("/periods/2017").with(httpBasic("city", "wrong-2")));
		assertThat(this.accounts.find("city").orElseThrow().failedLogins()).isEqualTo(2);

		int status = this.mvc.perform(get("/periods/2017").with(httpBasic("city", ConsoleFixture.PASSWORD)))
			.andReturn()
			.getResponse()
			.getStatus();

		assertThat(status).isEqualTo(200);
		assertThat(this.accounts.find("city").orElseThrow().failedLogins()).isZero();
	}

}
