package org.unionstats.ingest;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import org.unionstats.intake.FileOutcome;
import org.unionstats.support.IntegrationTest;
import org.unionstats.support.SampleRegistry;
import org.unionstats.workbook.SpecialWorkFigures;
import org.unionstats.workbook.SubmissionProfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unionstats.support.Submissions.drop;
import static org.unionstats.support.Submissions.profile;
import static org.unionstats.support.Submissions.serviceStation;

/**
 * Spec "Carried-over figures": a prefilled template sent back with every 基本情况 figure as
 * last period's is PROFILE_UNCHANGED, a warning at 工会组织数.
 */
@IntegrationTest
@SampleRegistry
@TestPropertySource(properties = "unionstats.quiet-time=0s")
class CarriedOverFiguresIntegrationTests {

	static final String TIANQIAO = "110102014";

	@Autowired
	IngestLauncher launcher;

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path dropRoot;

	@Test
	void aProfileSentBackWithOnlyTheContactFilledInIsProfileUnchanged() throws Exception {
		SubmissionProfile last = tianqiao("2016");
		ingest(last);

		FileOutcome again = ingest(withContact(tianqiao("2017"), "新的填报人", "13900000000"));

		assertThat(again.outcome()).isEqualTo("ACCEPTED");
		assertThat(issues(again, "PROFILE_UNCHANGED")).containsExactly(
				"PROFILE_UNCHANGED WARNING 基本情况 B10 844 基本情况!B10：基本情况的各项数字与上期（2016）已采用的数字完全相同；如确无变化可不处理，否则请按本期实际更新后重新报送");
	}

	@Test
	void oneFigureChangedIsNoProfileUnchanged() throws Exception {
		ingest(tianqiao("2016"));

		FileOutcome changed = ingest(tianqiao("2017", 845));

		assertThat(issues(changed, "PROFILE_UNCHANGED")).isEmpty();
	}

	@Test
	void aSpecialWorkFigureChangedIsNoProfileUnchanged() throws Exception {
		ingest(tianqiao("2016").withSpecialWork(new SpecialWorkFigures(1, 2, 3, 1, 5, null, null, 10, 9, 8)));

		FileOutcome changed = ingest(
				tianqiao("2017").withSpecialWork(new SpecialWorkFigures(1, 2, 3, 1, 5, null, 1, 10, 9, 8)));

		assertThat(issues(changed, "PROFILE_UNCHANGED")).isEmpty();
	}

	@Test
	void specialWorkFiguresBlankOnBothSidesCountAsUnchanged() throws Exception {
		ingest(tianqiao("2016").withSpecialWork(SpecialWorkFigures.UNKNOWN));

		FileOutcome again = ingest(tianqiao("2017").withSpecialWork(SpecialWorkFigures.UNKNOWN));

		assertThat(issues(again, "PROFILE_UNCHANGED")).hasSize(1);
	}

	@Test
	void withoutAnAcceptedPreviousPeriodOfTheSameTypeThereIsNoProfileUnchanged() throws Exception {
		ingest(tianqiao("2016"));

		FileOutcome first = ingest(tianqiao("2017-Q1"));

		assertThat(issues(first, "PROFILE_UNCHANGED")).isEmpty();
	}

	private static SubmissionProfile tianqiao(String period) {
		return tianqiao(period, 844);
	}

	private static SubmissionProfile tianqiao(String period, int unionOrgs) {
		return profile(TIANQIAO, "天桥街道", "西城区", period, unionOrgs, 5567);
	}

	private static SubmissionProfile withContact(SubmissionProfile p, String name, String phone) {
		return new SubmissionProfile(p.templateVersion(), p.federationCode(), p.federationName(), p.districtName(),
				p.period(), name, phone, p.filledOn(), p.unionOrgs(), p.grassrootsCommittees(),
				p.communityJointUnions(), p.industryJointUnions(), p.jointUnionGroups(), p.members(), p.stationStaff(),
				p.appRegistered(), p.activityMembers(), p.activityVisits(), p.assistedPeople(), p.assistanceYuan(),
				p.specialWork());
	}

	private FileOutcome ingest(SubmissionProfile profile) throws Exception {
		drop(this.dropRoot, TIANQIAO, profile.period() + ".xlsx", profile,
				List.of(serviceStation("S1", "天桥服务站", "运行")));
		IngestSummary summary = this.launcher.runOnce(this.dropRoot);
		assertThat(summary.files()).hasSize(1);
		FileOutcome file = summary.files().get(0);
		assertThat(file.outcome()).isEqualTo("ACCEPTED");
		return file;
	}

	private List<String> issues(FileOutcome file, String code) {
		return this.jdbc.sql("""
				SELECT i.code || ' ' || i.severity || ' ' || i.sheet || ' ' || coalesce(i.cell_ref, '-') || ' '
				       || i.value || ' ' || i.message_zh
				FROM ops.issue i JOIN ops.submission s USING (submission_id)
				WHERE s.placed_path = :placed AND i.code = :code
				ORDER BY i.issue_id""")
			.param("placed", file.placed().toString())
			.param("code", code)
			.query(String.class)
			.list();
	}

}
