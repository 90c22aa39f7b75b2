package org.unionstats.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.unionstats.registry.Period;
import org.unionstats.support.DatabaseCleaner;
import org.unionstats.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code mart.municipal_profile} and {@code mart.district_profile} for a Beijing-sized
 * period (16 districts, 336 federations) of v1 and v2 profiles with blanks, against sums
 * computed here from the profiles themselves: a figure is summed over the federations
 * that know it, a rate is the ratio of such sums.
 */
@IntegrationTest
class ProfileMartsIntegrationTests {

	static final int DISTRICTS = 16;

	static final int FEDERATIONS_PER_DISTRICT = 21;

	/** The figures compared, as named in the marts. */
	static final List<String> FIGURES = List.of("members", "app_registered", "activity_members",
			"drive_enterprise_meetings", "drive_firms_reached", "drive_firms_intending", "model_workers_national",
			"unionised_firms", "collective_contract_firms", "workers_congress_firms");

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private StatisticsLauncher launcher;

	@TempDir
	Path dropRoot;

	private final Map<String, Sums> districts = new LinkedHashMap<>();

	private final Sums city = new Sums();

	@BeforeEach
	void givenABeijingSizedPeriodOfVersion1AndVersion2Profiles() {
		DatabaseCleaner.clean(this.jdbc);
		StatisticsFixture fixture = new StatisticsFixture(this.jdbc);
		fixture.period("2018", null);
		fixture.target("2018", "app_registration_rate", 0.30)
			.target("2018", "activity_participation_rate", 0.35)
			.target("2018", "collective_contract_coverage", 0.90);
		Random random = new Random(2018);
		for (int d = 1; d <= DISTRICTS; d++) {
			String district = String.format("1101%02d", d);
			fixture.district(district, "第" + d + "区");
			Sums sums = new Sums();
			this.districts.put(district, sums);
			for (int n = 1; n <= FEDERATIONS_PER_DISTRICT; n++) {
				String federation = String.format("%s%03d", district, n);
				fixture.federation(federation, "第" + d + "区第" + n + "街道", district);
				// Every fifth federation does not report; district 16 sends v1 only.
				if (n % 5 == 0) {
					continue;
				}
				Profile profile = Profile.random(random, d < DISTRICTS);
				long submission = fixture.submission(federation, "2018", "ACCEPTED",
						OffsetDateTime.parse("2019-01-10T09:00:00+08:00"));
				insert(federation, submission, profile);
				sums.add(profile);
				this.city.add(profile);
			}
		}
	}

	@Test
	void theMunicipalProfileEqualsTheSumsOfTheProfiles() {
		Map<String, Object> row = this.jdbc.sql("SELECT * FROM mart.municipal_profile WHERE period = '2018'")
			.query()
			.singleRow();

		assertThat(row.get("federations_reporting")).isEqualTo(DISTRICTS * (FEDERATIONS_PER_DISTRICT - 4));
		assertThat(row.get("federations_expected")).isEqualTo(DISTRICTS * FEDERATIONS_PER_DISTRICT);
		this.city.assertMatches(row);
		assertThat(row.get("app_registration_achieved"))
			.isEqualTo(this.city.appRate().compareTo(new BigDecimal("0.30")) >= 0);
		assertThat(row.get("collective_contract_achieved"))
			.isEqualTo(this.city.contractCoverage().compareTo(new BigDecimal("0.90")) >= 0);
		assertThat(row.get("workers_congress_achieved")).isNull();
	}

	@Test
	void eachDistrictProfileEqualsTheSumsOfItsProfiles() {
		List<Map<String, Object>> rows = this.jdbc
			.sql("SELECT * FROM mart.district_profile WHERE period = '2018' ORDER BY district_code")
			.query()
			.listOfRows();

		assertThat(rows).hasSize(DISTRICTS);
		for (Map<String, Object> row : rows) {
			this.districts.get((String) row.get("district_code")).assertMatches(row);
		}
		assertThat(rows.get(DISTRICTS - 1).get("unionised_firms_federations")).as("a district of v1 only").isEqualTo(0);
		assertThat(rows.get(DISTRICTS - 1).get("collective_contract_coverage")).isNull();
	}

	@Test
	void theCardAsRowsListsTheCityThenEachDistrictFigureByFigure() {
		List<Map<String, Object>> members = this.jdbc.sql("""
				SELECT district_code, scope_name, value, federations_covered FROM mart.profile_card
				WHERE period = '2018' AND indicator = 'members' ORDER BY scope_order, district_code""")
			.query()
			.listOfRows();

		assertThat(members).hasSize(1 + DISTRICTS);
		assertThat(members.get(0).get("scope_name")).isEqualTo("全市");
		assertThat(((Number) members.get(0).get("value")).longValue()).isEqualTo(this.city.sum("members"));
		assertThat(members.get(0).get("federations_covered")).isEqualTo(this.city.federations);
		for (Map<String, Object> row : members.subList(1, members.size())) {
			assertThat(((Number) row.get("value")).longValue())
				.isEqualTo(this.districts.get((String) row.get("district_code")).sum("members"));
		}
	}

	@Test
	void theReportsIndicatorSheetShowsTheSameFigures() throws Exception {
		StatisticsOutcome outcome = this.launcher.run(Period.require("2018"), this.dropRoot);

		try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(outcome.paths().workbook()))) {
			Sheet card = workbook.getSheet("工作指标");
			Map<String, Integer> column = new LinkedHashMap<>();
			card.getRow(1).forEach((cell) -> column.put(cell.getStringCellValue(), cell.getColumnIndex()));
			Row city = card.getRow(2);
			assertThat(city.getCell(column.get("范围")).getStringCellValue()).isEqualTo("全市");
			assertThat(number(city, column.get("会员人数"))).isEqualTo(this.city.sum("members"));
			assertThat(number(city, column.get("报送街道数"))).isEqualTo(this.city.federations);
			assertThat(number(city, column.get("APP注册率"))).isEqualTo(this.city.appRate().doubleValue());
			assertThat(city.getCell(column.get("APP注册率目标")).getNumericCellValue()).isEqualTo(0.30);
			assertThat(number(city, column.get("有数据街道数：APP注册会员数"))).isEqualTo(this.city.known("app_registered"));
			assertThat(number(city, column.get("集体合同覆盖率"))).isEqualTo(this.city.contractCoverage().doubleValue());
			assertThat(number(city, column.get("双沟通：覆盖企业数"))).isEqualTo(this.city.sum("drive_firms_reached"));
			assertThat(card.getLastRowNum()).as("the city, then one row per district").isEqualTo(2 + DISTRICTS);
			for (int i = 3; i <= card.getLastRowNum(); i++) {
				Row district = card.getRow(i);
				Sums sums = this.districts.get(district.getCell(column.get("区代码")).getStringCellValue());
				assertThat(number(district, column.get("会员人数"))).isEqualTo(sums.sum("members"));
				assertThat(number(district, column.get("有数据街道数：劳模：全国劳模人数")))
					.isEqualTo(sums.known("model_workers_national"));
			}
		}
	}

	private static double number(Row row, int column) {
		return row.getCell(column).getNumericCellValue();
	}

	private void insert(String federation, long submission, Profile p) {
		this.jdbc.sql("""
				INSERT INTO core.federation_profile (period, federation_code, submission_id, received_at, accepted_at,
				  union_orgs, members, app_registered, activity_members, drive_enterprise_meetings,
				  drive_firms_reached, drive_firms_intending, model_workers_national, unionised_firms,
				  collective_contract_firms, workers_congress_firms)
				VALUES ('2018', ?, ?, now(), now(), 10, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(federation, submission, p.members(), p.app(), p.activity(), p.meetings(), p.reached(),
					p.intending(), p.national(), p.unionised(), p.contract(), p.congress())
			.update();
	}

	/** One federation's figures; {@code null} is blank. */
	record Profile(Integer members, Integer app, Integer activity, Integer meetings, Integer reached, Integer intending,
			Integer national, Integer unionised, Integer contract, Integer congress) {

		static Profile random(Random random, boolean v2) {
			int members = 1000 + random.nextInt(20000);
			Integer unionised = (v2 && random.nextInt(10) > 0) ? 10 + random.nextInt(300) : null;
			Integer reached = v2 ? random.nextInt(200) : null;
			return new Profile(members, maybe(random, members), maybe(random, members), v2 ? random.nextInt(50) : null,
					reached, (reached != null) ? maybe(random, reached) : null, v2 ? maybe(random, 5) : null, unionised,
					(unionised != null) ? maybe(random, unionised) : maybe(random, 20),
					(unionised != null) ? maybe(random, unionised) : null);
		}

		/** A value up to {@code max}, blank one time in eight. */
		private static Integer maybe(Random random, int max) {
			return (random.nextInt(8) == 0) ? null : random.nextInt(max + 1);
		}

		Integer figure(String name) {
			return switch (name) {
				case "members" -> this.members;
				case "app_registered" -> this.app;
				case "activity_members" -> this.activity;
				case "drive_enterprise_meetings" -> this.meetings;
				case "drive_firms_reached" -> this.reached;
				case "drive_firms_intending" -> this.intending;
				case "model_workers_national" -> this.national;
				case "unionised_firms" -> this.unionised;
				case "collective_contract_firms" -> (this.unionised != null) ? this.contract : null;
				case "workers_congress_firms" -> this.congress;
				default -> throw new IllegalArgumentException(name);
			};
		}

	}

	/** Sums computed independently of the marts. */
	static final class Sums {

		private final List<Profile> profiles = new ArrayList<>();

		int federations;

		void add(Profile profile) {
			this.profiles.add(profile);
			this.federations++;
		}

		long sum(String figure) {
			return this.profiles.stream()
				.map((p) -> p.figure(figure))
				.filter((v) -> v != null)
				.mapToLong(Integer::longValue)
				.sum();
		}

		int known(String figure) {
			return (int) this.profiles.stream().filter((p) -> p.figure(figure) != null).count();
		}

		BigDecimal appRate() {
			return ratio(sum("app_registered"),
					this.profiles.stream().filter((p) -> p.app() != null).mapToLong(Profile::members).sum());
		}

		BigDecimal participationRate() {
			return ratio(sum("activity_members"),
					this.profiles.stream().filter((p) -> p.activity() != null).mapToLong(Profile::members).sum());
		}

		BigDecimal contractCoverage() {
			return ratio(sum("collective_contract_firms"),
					this.profiles.stream()
						.filter((p) -> p.unionised() != null && p.contract() != null)
						.mapToLong(Profile::unionised)
						.sum());
		}

		BigDecimal congressCoverage() {
			return ratio(sum("workers_congress_firms"),
					this.profiles.stream()
						.filter((p) -> p.unionised() != null && p.congress() != null)
						.mapToLong(Profile::unionised)
						.sum());
		}

		void assertMatches(Map<String, Object> row) {
			assertThat(row.get("federations_reporting")).isEqualTo(this.federations);
			for (String figure : FIGURES) {
				Object expected = (known(figure) > 0) ? sum(figure) : null;
				assertThat(row.get(figure)).as(figure)
					.satisfies((actual) -> assertThat((actual != null) ? ((Number) actual).longValue() : null)
						.isEqualTo(expected));
				if (!figure.equals("members")) {
					assertThat(row.get(figure + "_federations")).as(figure + "_federations").isEqualTo(known(figure));
				}
			}
			assertRate(row, "app_registration_rate", appRate());
			assertRate(row, "activity_participation_rate", participationRate());
			assertRate(row, "collective_contract_coverage", contractCoverage());
			assertRate(row, "workers_congress_coverage", congressCoverage());
		}

		private static void assertRate(Map<String, Object> row, String column, BigDecimal expected) {
			if (expected == null) {
				assertThat(row.get(column)).as(column).isNull();
			}
			else {
				assertThat((BigDecimal) row.get(column)).as(column).isEqualByComparingTo(expected);
			}
		}

		private static BigDecimal ratio(long numerator, long denominator) {
			return (denominator == 0) ? null
					: BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), 4, RoundingMode.HALF_UP);
		}

	}

}
