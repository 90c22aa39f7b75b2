package org.unionstats.warehouse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.unionstats.validation.FacilityItem;
import org.unionstats.validation.Issue;
import org.unionstats.workbook.FacilityRow;
import org.unionstats.workbook.SpecialWorkFigures;
import org.unionstats.workbook.SubmissionProfile;

/**
 * Writes a submission's rows as read into {@code staging}, and its issues into
 * {@code ops.issue}, with {@code COPY}. Runs inside the caller's transaction.
 */
@Component
public class StagingWriter {

	private static final String FACILITY_COPY = """
			COPY staging.facility (submission_id, facility_type, row_no, code, name, address, status, area_sqm,
			  staff_count, opened_on, outdoor_service, host_unit, services, workplace, level, covered_members,
			  class_type, starts_on, ends_on, children, name_column)""";

	private static final String ISSUE_COPY = """
			COPY ops.issue (submission_id, code, severity, sheet, cell_ref, row_no, column_name, value, message_zh,
			  message_en)""";

	private final DataSource dataSource;

	private final JdbcClient jdbc;

	StagingWriter(DataSource dataSource, JdbcClient jdbc) {
		this.dataSource = dataSource;
		this.jdbc = jdbc;
	}

	public void writeProfile(long submissionId, SubmissionProfile p) {
		writeProfile(submissionId, p, null);
	}

	/**
	 * Stages the profile, with where its {@code 工会组织数} value sits in the workbook.
	 */
	public void writeProfile(long submissionId, SubmissionProfile p, String unionOrgsCell) {
		SpecialWorkFigures w = (p.specialWork() != null) ? p.specialWork() : SpecialWorkFigures.UNKNOWN;
		List<Object> values = new ArrayList<>(Arrays.asList(submissionId, p.templateVersion(), p.federationCode(),
				p.federationName(), p.districtName(), p.period(), p.contactName(), p.contactPhone(), p.filledOn(),
				p.unionOrgs(), p.grassrootsCommittees(), p.communityJointUnions(), p.industryJointUnions(),
				p.jointUnionGroups(), p.members(), p.stationStaff(), p.appRegistered(), p.activityMembers(),
				p.activityVisits(), p.assistedPeople(), p.assistanceYuan()));
		values.addAll(Arrays.asList(w.inTemplateOrder()));
		values.add(unionOrgsCell);
		this.jdbc.sql("""
				INSERT INTO staging.profile (submission_id, template_version, federation_code, federation_name,
				  district_name, period, contact_name, contact_phone, filled_on, union_orgs, grassroots_committees,
				  community_joint_unions, industry_joint_unions, joint_union_groups, members, station_staff,
				  app_registered, activity_members, activity_visits, assisted_people, assistance_yuan,
				  drive_enterprise_meetings, drive_worker_meetings, drive_firms_reached, drive_firms_intending,
				  drive_new_members, model_workers_national, model_workers_municipal, unionised_firms,
				  collective_contract_firms, workers_congress_firms, union_orgs_cell)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				ON CONFLICT (submission_id) DO NOTHING""").params(values).update();
	}

	public long writeFacilities(long submissionId, List<FacilityItem> items) {
		CopyRows copy = new CopyRows();
		for (FacilityItem item : items) {
			FacilityRow r = item.row();
			copy.add(Arrays.asList(submissionId, r.type().key(), r.rowNo(), r.code(), r.name(), r.address(), r.status(),
					r.areaSqm(), r.staffCount(), r.openedOn(), r.outdoorService(), r.hostUnit(), r.services(),
					r.workplace(), r.level(), r.coveredMembers(), r.classType(), r.startsOn(), r.endsOn(), r.children(),
					(item.nameColumn() >= 0) ? item.nameColumn() : null));
		}
		return copy.copyInto(this.dataSource, FACILITY_COPY);
	}

	public void writeIssues(long submissionId, List<Issue> issues) {
		CopyRows copy = new CopyRows();
		for (Issue i : issues) {
			copy.add(Arrays.asList(submissionId, i.code().name(), i.severity().name(), i.sheet(), i.cellRef(), i.row(),
					i.column(), i.value(), i.messageZh(), i.messageEn()));
		}
		copy.copyInto(this.dataSource, ISSUE_COPY);
	}

}
