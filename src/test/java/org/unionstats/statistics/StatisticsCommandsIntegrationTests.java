package org.unionstats.statistics;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.unionstats.cli.UnionStatsCommandLine;
import org.unionstats.support.DatabaseCleaner;
import org.unionstats.support.IntegrationTest;
import org.unionstats.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code statistics} and {@code status} commands, run in-process end to end.
 */
@IntegrationTest
class StatisticsCommandsIntegrationTests {

	@Autowired
	private JdbcClient jdbc;

	@TempDir
	Path dropRoot;

	private final StringWriter out = new StringWriter();

	private final StringWriter err = new StringWriter();

	@BeforeEach
	void givenTheGoldenDataSet() {
		DatabaseCleaner.clean(this.jdbc);
		new StatisticsFixture(this.jdbc).goldenDataSet();
	}

	@Test
	void statisticsWritesTheReportAndPrintsWhereAndTheHeadlines() {
		int exitCode = run("statistics", "--period", "2017");

		assertThat(exitCode).as(this.err.toString()).isZero();
		assertThat(this.dropRoot.resolve("reports/2017/municipal-statistics-2017.xlsx")).isRegularFile();
		assertThat(this.out.toString()).contains("statistics 2017: report written")
			.contains("municipal-statistics-2017.xlsx")
			.contains("工会服务站 20 (+8 vs 2016)")
			.contains("职工之家 0 (-12 vs 2016)")
			.contains("federations: 10 of 12 accepted, 1 rejected only, 1 missing, 8 on time");
	}

	@Test
	void statisticsDefaultsToTheLatestPeriodWithAcceptedData() {
		int exitCode = run("statistics");

		assertThat(exitCode).as(this.err.toString()).isZero();
		assertThat(this.out.toString()).startsWith("statistics 2017: report written");
	}

	@Test
	void statisticsRejectsAMalformedPeriodWithOneLine() {
		int exitCode = run("statistics", "--period", "2017-Q9");

		assertThat(exitCode).isEqualTo(2);
		assertThat(this.err.toString().lines()).singleElement().asString().contains("'2017-Q9' is not a period");
	}

	@Test
	void statisticsRejectsAnUnknownPeriodWithOneLine() {
		int exitCode = run("statistics", "--period", "2030");

		assertThat(exitCode).isEqualTo(2);
		assertThat(this.err.toString().lines()).singleElement()
			.asString()
			.contains("period 2030 has no submissions and is not registered");
		assertThat(this.dropRoot.resolve("reports")).doesNotExist();
	}

	@Test
	void statisticsSaysInOneLineWhenTheDatabaseIsUnreachable() {
		StringWriter output = new StringWriter();
		StringWriter errors = new StringWriter();

		int exitCode = UnionStatsCommandLine.execute(new PrintWriter(output, true), new PrintWriter(errors, true),
				"statistics", "--spring.datasource.url=jdbc:postgresql://127.0.0.1:1/nowhere");

		assertThat(exitCode).isNotZero();
		assertThat(errors.toString().lines()).singleElement().asString().contains("cannot connect to PostgreSQL");
	}

	@Test
	void statusShowsCompletenessTheMissingFederationsAndTheLastRuns() {
		assertThat(run("statistics", "--period", "2017")).isZero();
		this.out.getBuffer().setLength(0);

		int exitCode = run("status", "--period", "2017");

		assertThat(exitCode).as(this.err.toString()).isZero();
		assertThat(this.out.toString()).contains("period 2017: completeness by district")
			.contains("without an accepted submission: 2")
			.containsPattern("朝阳区\\s+4\\s+2\\s+1\\s+1\\s+2")
			.containsPattern("合计\\s+12\\s+10\\s+1\\s+1\\s+8")
			.contains("110105003 朝阳第3街道 (朝阳区) 仅有退回")
			.contains("110105004 朝阳第4街道 (朝阳区) 未报送")
			.containsPattern("statistics\\s+2017\\s+\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\s+\\d{4}-.*COMPLETED")
			.contains("schedule:")
			.contains("inbox folders that are not registered federations (files left untouched): none");
	}

	@Test
	void statusShowsTheTimesOfTheRunsInThePeoplesZoneAndNamesIt() {
		assertThat(run("statistics", "--period", "2017")).isZero();
		LocalDateTime started = this.jdbc.sql("""
				SELECT e.start_time FROM batch_job_execution e JOIN batch_job_instance i USING (job_instance_id)
				WHERE i.job_name = 'statistics' ORDER BY e.job_execution_id DESC LIMIT 1""")
			.query(LocalDateTime.class)
			.single();
		this.out.getBuffer().setLength(0);

		int exitCode = run("status", "--period", "2017", "--unionstats.time-zone=Asia/Shanghai");

		// Spring Batch keeps the JVM's own time; people read theirs
		String shownStart = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
			.format(started.atZone(ZoneId.systemDefault()).withZoneSameInstant(ZoneId.of("Asia/Shanghai")));
		assertThat(exitCode).as(this.err.toString()).isZero();
		assertThat(this.out.toString()).contains("last job runs (times in Asia/Shanghai, UTC+08:00):")
			.containsPattern("statistics\\s+2017\\s+" + shownStart + "\\s+\\d{4}-.*COMPLETED");
	}

	@Test
	void statusRejectsAMalformedPeriod() {
		int exitCode = run("status", "--period", "17");

		assertThat(exitCode).isEqualTo(2);
		assertThat(this.err.toString().lines()).singleElement().asString().contains("'17' is not a period");
	}

	@Test
	void periodTargetSetsTheTargetEveryFederationsRateIsComparedWith() {
		int exitCode = run("period", "target", "2017", "APP_REGISTRATION", "30");

		assertThat(exitCode).as(this.err.toString()).isZero();
		assertThat(this.out.toString()).contains("period 2017: app_registration_rate target 30%");
		assertThat(this.jdbc.sql("""
				SELECT DISTINCT app_registration_target FROM mart.federation_profile WHERE period = '2017'""")
			.query(java.math.BigDecimal.class)
			.list()).singleElement().satisfies((target) -> assertThat(target).isEqualByComparingTo("0.30"));
		assertThat(this.jdbc
			.sql("""
					SELECT count(*) FROM mart.federation_profile
					WHERE period = '2017' AND app_registration_achieved IS NOT DISTINCT FROM (app_registration_rate >= 0.30)""")
			.query(Long.class)
			.single())
			.isEqualTo(this.jdbc.sql("SELECT count(*) FROM mart.federation_profile WHERE period = '2017'")
				.query(Long.class)
				.single());

		assertThat(run("period", "target", "2017", "APP_REGISTRATION", "none")).isZero();
		assertThat(this.jdbc
			.sql("""
					SELECT count(*) FROM mart.federation_profile WHERE period = '2017' AND app_registration_target IS NOT NULL""")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void periodTargetAcceptsTheVersion2CoverageIndicators() {
		assertThat(run("period", "target", "2017", "COLLECTIVE_CONTRACT", "90")).as(this.err.toString()).isZero();
		assertThat(run("period", "target", "2017", "WORKERS_CONGRESS", "92.5")).as(this.err.toString()).isZero();

		assertThat(this.out.toString()).contains("period 2017: collective_contract_coverage target 90%")
			.contains("period 2017: workers_congress_coverage target 92.5%");
		assertThat(this.jdbc.sql("""
				SELECT collective_contract_target || ' ' || workers_congress_target
				FROM mart.municipal_profile WHERE period = '2017'""").query(String.class).single())
			.isEqualTo("0.9000 0.9250");
	}

	@Test
	void periodTargetRejectsAPercentageOutOfRangeWithOneLine() {
		int exitCode = run("period", "target", "2017", "ACTIVITY_PARTICIPATION", "135");

		assertThat(exitCode).isEqualTo(2);
		assertThat(this.err.toString().lines()).singleElement().asString().contains("'135' is not a percentage");
	}

	private int run(String... args) {
		List<String> all = new ArrayList<>(List.of(args));
		all.addAll(List.of(TestDatabase.springArgs()));
		all.add("--unionstats.drop-root=" + this.dropRoot);
		return UnionStatsCommandLine.execute(new PrintWriter(this.out, true), new PrintWriter(this.err, true),
				all.toArray(String[]::new));
	}

}
