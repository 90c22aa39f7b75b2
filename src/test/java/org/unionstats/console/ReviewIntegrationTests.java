package org.unionstats.console;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import org.unionstats.support.IntegrationTest;
import org.unionstats.users.UserAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.unionstats.console.ConsoleFixture.GUANGANMENWAI;
import static org.unionstats.console.ConsoleFixture.TIANQIAO;
import static org.unionstats.console.ConsoleFixture.XICHENG;

/**
 * The review through the console's forms: a district approves or returns its federations'
 * accepted submissions, the city approves the district, each step audited; a returned
 * federation's next workbook carries the comment, an approved federation's is refused
 * (PERIOD_APPROVED). Every form needs its CSRF token.
 */
@IntegrationTest
@TestPropertySource(properties = { "unionstats.quiet-time=0s", "unionstats.console.login-failure-delay=10ms" })
class ReviewIntegrationTests {

	@TempDir
	Path dropRoot;

	@Autowired
	ApplicationContext application;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserAccounts accounts;

	MockMvc mvc;

	@BeforeEach
	void loadTheCity(@Autowired WebApplicationContext context) {
		ConsoleFixture.load(this.application, this.dropRoot);
		this.mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
	}

	static Stream<String> everyForm() {
		return Stream.of("/login", "/logout", "/periods/2017/federations/" + GUANGANMENWAI + "/approve",
				"/periods/2017/federations/" + GUANGANMENWAI + "/return",
				"/periods/2017/federations/" + GUANGANMENWAI + "/withdraw", "/periods/2017/districts/110102/approve",
				"/periods/2017/districts/110102/reopen");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("everyForm")
	void everyFormIsRefusedWithoutItsCsrfToken(String path) throws Exception {
		MockHttpServletResponse response = this.mvc
			.perform(post(path).param("comment", "请核对")
				.param("username", "admin")
				.param("password", ConsoleFixture.PASSWORD)
				.with(user(as("admin"))))
			.andReturn()
			.getResponse();

		assertThat(response.getStatus()).isEqualTo(403);
		assertThat(auditActions()).isEmpty();
	}

	@Test
	void theSignInFormWorksWithItsToken() throws Exception {
		MockHttpServletResponse response = this.mvc
			.perform(
					post("/login").param("username", "xicheng").param("password", ConsoleFixture.PASSWORD).with(csrf()))
			.andReturn()
			.getResponse();

		assertThat(response.getStatus()).isEqualTo(302);
		assertThat(response.getRedirectedUrl()).isEqualTo("/");
	}

	@Test
	void aDistrictReturnsAndApprovesThenTheCityApprovesTheDistrict() throws Exception {
		assertThat(submit("xicheng", federationStep(TIANQIAO, "return").param("comment", "会员人数有误，请核对")))
			.isEqualTo("/periods/2017/districts/" + XICHENG);
		submit("xicheng", federationStep(GUANGANMENWAI, "approve"));

		assertThat(states()).containsExactly("district_approved", "returned");
		assertThat(page("guanganmenwai", "/periods/2017/districts/" + XICHENG)).isEqualTo(404);
		assertThat(html("xicheng", "/periods/2017/federations/" + TIANQIAO)).contains("会员人数有误，请核对");

		// The city cannot approve a district with a returned federation.
		submit("city", districtStep("approve"));
		assertThat(states()).containsExactly("district_approved", "returned");

		// The returned federation drops a corrected workbook: provisional again, the
		// comment in its feedback.
		ConsoleFixture.dropWorkbook(this.dropRoot, TIANQIAO, "天桥街道", "西城区", "天桥-2017-更正.xlsx", 950);
		ConsoleFixture.ingest(this.application, this.dropRoot);
		assertThat(latestIssues(TIANQIAO)).contains("PERIOD_RETURNED: 会员人数有误，请核对");
		assertThat(states()).containsExactly("district_approved", "provisional");

		submit("xicheng", federationStep(TIANQIAO, "approve"));
		submit("city", districtStep("approve"));

		assertThat(states()).containsExactly("municipal_approved", "municipal_approved");
		assertThat(this.jdbc
			.sql("""
					SELECT approval_state FROM mart.submission_completeness WHERE period = '2017' AND district_code = '110102'""")
			.query(String.class)
			.single()).isEqualTo("municipal_approved");
		assertThat(auditActions()).containsExactly("xicheng return 110102014 会员人数有误，请核对", "xicheng approve 110102020",
				"xicheng approve 110102014", "city approve_district -");
	}

	@Test
	void aNewWorkbookForApprovedFiguresIsRefusedUntilTheApprovalIsWithdrawn() throws Exception {
		submit("xicheng", federationStep(GUANGANMENWAI, "approve"));
		ConsoleFixture.dropWorkbook(this.dropRoot, GUANGANMENWAI, "广安门外街道", "西城区", "广安门外-2017-再报.xlsx", 901);
		ConsoleFixture.ingest(this.application, this.dropRoot);

		assertThat(latestStatus(GUANGANMENWAI)).isEqualTo("REJECTED");
		assertThat(latestIssues(GUANGANMENWAI)).anySatisfy((issue) -> assertThat(issue).startsWith("PERIOD_APPROVED"));

		submit("xicheng", federationStep(GUANGANMENWAI, "withdraw"));
		ConsoleFixture.dropWorkbook(this.dropRoot, GUANGANMENWAI, "广安门外街道", "西城区", "广安门外-2017-三报.xlsx", 902);
		ConsoleFixture.ingest(this.application, this.dropRoot);

		assertThat(latestStatus(GUANGANMENWAI)).isEqualTo("ACCEPTED");
	}

	@Test
	void theCityReopensAnApprovedDistrictToItsDistrictApproval() throws Exception {
		submit("xicheng", federationStep(GUANGANMENWAI, "approve"));
		submit("xicheng", federationStep(TIANQIAO, "approve"));
		submit("city", districtStep("approve"));

		submit("city", districtStep("reopen"));

		assertThat(states()).containsExactly("district_approved", "district_approved");
	}

	@Test
	void onlyTheRolesThatReviewMayPressTheButtons() throws Exception {
		assertThat(status("city", federationStep(GUANGANMENWAI, "approve"))).isEqualTo(403);
		assertThat(status("xicheng", districtStep("approve"))).isEqualTo(403);
		assertThat(status("chaoyang", federationStep(GUANGANMENWAI, "approve"))).isEqualTo(404);
		assertThat(status("guanganmenwai", federationStep(GUANGANMENWAI, "approve"))).isEqualTo(403);
		assertThat(states()).containsExactly("provisional", "provisional");
	}

	private static MockHttpServletRequestBuilder federationStep(String federation, String step) {
		return post("/periods/2017/federations/" + federation + "/" + step);
	}

	private static MockHttpServletRequestBuilder districtStep(String step) {
		return post("/periods/2017/districts/" + XICHENG + "/" + step);
	}

	private String submit(String username, MockHttpServletRequestBuilder request) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(request.with(user(as(username))).with(csrf()))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(302);
		return response.getRedirectedUrl();
	}

	private int status(String username, MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request.with(user(as(username))).with(csrf())).andReturn().getResponse().getStatus();
	}

	private int page(String username, String path) throws Exception {
		return this.mvc.perform(get(path).with(user(as(username)))).andReturn().getResponse().getStatus();
	}

	private String html(String username, String path) throws Exception {
		return this.mvc.perform(get(path).with(user(as(username)))).andReturn().getResponse().getContentAsString();
	}

	private SignedInUser as(String username) {
		return new SignedInUser(this.accounts.find(username).orElseThrow());
	}

	/** The states of 广安门外街道 and 天桥街道, in that order, as the marts show them. */
	private List<String> states() {
		return this.jdbc.sql("""
				SELECT approval_state FROM mart.federation_profile
				WHERE period = '2017' AND federation_code IN (:a, :b) ORDER BY federation_code DESC""")
			.param("a", GUANGANMENWAI)
			.param("b", TIANQIAO)
			.query(String.class)
			.list();
	}

	private List<String> auditActions() {
		return this.jdbc.sql("""
				SELECT concat_ws(' ', username, action, coalesce(federation_code, '-'), comment)
				FROM ops.approval_audit ORDER BY audit_id""").query(String.class).list();
	}

	private String latestStatus(String federation) {
		return this.jdbc
			.sql("SELECT status FROM ops.submission WHERE folder_code = :f ORDER BY submission_id DESC LIMIT 1")
			.param("f", federation)
			.query(String.class)
			.single();
	}

	private List<String> latestIssues(String federation) {
		return this.jdbc.sql("""
				SELECT i.code || ': ' || i.message_zh FROM ops.issue i
				WHERE i.submission_id = (SELECT max(submission_id) FROM ops.submission WHERE folder_code = :f)""")
			.param("f", federation)
			.query(String.class)
			.list()
			.stream()
			.map((line) -> line.replaceFirst(": .*意见：", ": "))
			.toList();
	}

}
