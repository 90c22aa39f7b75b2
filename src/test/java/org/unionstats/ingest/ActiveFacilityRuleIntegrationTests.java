package org.unionstats.ingest;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntFunction;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import org.unionstats.intake.FileOutcome;
import org.unionstats.support.IntegrationTest;
import org.unionstats.support.SampleRegistry;
import org.unionstats.workbook.FacilityRow;
import org.unionstats.workbook.FacilityType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unionstats.support.Submissions.drop;
import static org.unionstats.support.Submissions.motherBabyRoom;
import static org.unionstats.support.Submissions.profile;
import static org.unionstats.support.Submissions.serviceStation;
import static org.unionstats.support.Submissions.warmStation;
import static org.unionstats.support.Submissions.workerHome;

/**
 * One definition of "active" (spec: standing facilities when 运行; childcare classes when
 * overlapping the period and not 撤销): the marts and COUNT_SWING agree on every status.
 */
@IntegrationTest
@SampleRegistry
@TestPropertySource(properties = "unionstats.quiet-time=0s")
class ActiveFacilityRuleIntegrationTests {

	static final String TIANQIAO = "110102014";

	/** More than the swing minimum (5): a type going from 0 to this swings if active. */
	static final int PER_TYPE = 8;

	@Autowired
	IngestLauncher launcher;

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path dropRoot;

	@ParameterizedTest
	@ValueSource(strings = { "运行", "暂停", "撤销" })
	void theMartAndCountSwingCountTheSameFacilitiesAsActive(String status) throws Exception {
		ingest("2016", List.of());

		FileOutcome file = ingest("2017", everyType(status));

		Set<String> swung = new TreeSet<>(this.jdbc.sql("""
				SELECT i.sheet FROM ops.issue i JOIN ops.submission s USING (submission_id)
				WHERE s.placed_path = :placed AND i.code = 'COUNT_SWING'""")
			.param("placed", file.placed().toString())
			.query(String.class)
			.list());
		Set<String> activeInMart = new TreeSet<>(this.jdbc.sql("""
				SELECT facility_type_zh FROM mart.facility_counts
				WHERE period = '2017' AND federation_code = :fed AND active_count = :n""")
			.param("fed", TIANQIAO)
			.param("n", PER_TYPE)
			.query(String.class)
			.list());
		assertThat(swung).isEqualTo(activeInMart);
		assertThat(activeInMart).isEqualTo(expectedActive(status));
	}

	private static Set<String> expectedActive(String status) {
		return switch (status) {
			case "运行" -> new TreeSet<>(List.of("工会服务站", "暖心驿站", "职工之家", "母婴关爱室", "子女托管班"));
			// A suspended childcare class still counts: it runs in the period.
			case "暂停" -> Set.of("子女托管班");
			default -> Set.of();
		};
	}

	private static List<FacilityRow> everyType(String status) {
		List<FacilityRow> rows = new ArrayList<>();
		rows.addAll(numbered((i) -> serviceStation("S" + i, "服务站" + i, status)));
		rows.addAll(numbered((i) -> warmStation("W" + i, "驿站" + i, status)));
		rows.addAll(numbered((i) -> workerHome("H" + i, "职工之家" + i, status)));
		rows.addAll(numbered((i) -> motherBabyRoom("M" + i, "母婴室" + i, status)));
		rows.addAll(numbered((i) -> new FacilityRow(FacilityType.CHILDCARE_CLASS, 0, "C" + i, "托管班" + i, "托管班地点" + i,
				status, null, null, null, null, null, List.of(), null, null, null, "暑假", LocalDate.of(2017, 7, 10),
				LocalDate.of(2017, 8, 20), 30)));
		return rows;
	}

	private static List<FacilityRow> numbered(IntFunction<FacilityRow> facility) {
		List<FacilityRow> rows = new ArrayList<>();
		for (int i = 1; i <= PER_TYPE; i++) {
			rows.add(facility.apply(i));
		}
		return rows;
	}

	private FileOutcome ingest(String period, List<FacilityRow> facilities) throws Exception {
		drop(this.dropRoot, TIANQIAO, period + ".xlsx", profile(TIANQIAO, "天桥街道", "西城区", period, 844, 5567),
				facilities);
		IngestSummary summary = this.launcher.runOnce(this.dropRoot);
		assertThat(summary.files()).hasSize(1);
		assertThat(summary.files().get(0).outcome()).isEqualTo("ACCEPTED");
		return summary.files().get(0);
	}

}
