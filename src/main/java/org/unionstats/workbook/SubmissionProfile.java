package org.unionstats.workbook;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The federation profile of a submission (sheet {@code 基本情况}); a field is {@code null}
 * when blank or invalid (an issue says why).
 *
 * @param templateVersion 模板版本
 * @param federationCode 街道代码
 * @param federationName 街道名称
 * @param districtName 所属区
 * @param period 报送期 as written (canonical when it parses)
 * @param contactName 填报人
 * @param contactPhone 联系电话, in full: never log it
 * @param filledOn 填报日期
 * @param unionOrgs 工会组织数
 * @param grassrootsCommittees 其中：基层工会委员会
 * @param communityJointUnions 其中：社区联合工会
 * @param industryJointUnions 其中：行业联合工会
 * @param jointUnionGroups 其中：联合工会小组
 * @param members 会员人数
 * @param stationStaff 服务站工作人员数
 * @param appRegistered APP注册会员数
 * @param activityMembers 活动参与会员数
 * @param activityVisits 活动参与人次
 * @param assistedPeople 帮扶慰问人次
 * @param assistanceYuan 帮扶慰问金额（元）
 * @param specialWork the template v2 figures, {@code null} for a v1 workbook (unknown,
 * not zero)
 */
public record SubmissionProfile(String templateVersion, String federationCode, String federationName,
		String districtName, String period, String contactName, String contactPhone, LocalDate filledOn,
		Integer unionOrgs, Integer grassrootsCommittees, Integer communityJointUnions, Integer industryJointUnions,
		Integer jointUnionGroups, Integer members, Integer stationStaff, Integer appRegistered, Integer activityMembers,
		Integer activityVisits, Integer assistedPeople, BigDecimal assistanceYuan, SpecialWorkFigures specialWork) {

	/**
	 * A template v1 profile: no special-work figures.
	 */
	public SubmissionProfile(String templateVersion, String federationCode, String federationName, String districtName,
			String period, String contactName, String contactPhone, LocalDate filledOn, Integer unionOrgs,
			Integer grassrootsCommittees, Integer communityJointUnions, Integer industryJointUnions,
			Integer jointUnionGroups, Integer members, Integer stationStaff, Integer appRegistered,
			Integer activityMembers, Integer activityVisits, Integer assistedPeople, BigDecimal assistanceYuan) {
		this(templateVersion, federationCode, federationName, districtName, period, contactName, contactPhone, filledOn,
				unionOrgs, grassrootsCommittees, communityJointUnions, industryJointUnions, jointUnionGroups, members,
				stationStaff, appRegistered, activityMembers, activityVisits, assistedPeople, assistanceYuan, null);
	}

	/** The same profile with the given special-work figures (and so template v2). */
	public SubmissionProfile withSpecialWork(SpecialWorkFigures figures) {
		return new SubmissionProfile(TemplateV2.VERSION, this.federationCode, this.federationName, this.districtName,
				this.period, this.contactName, this.contactPhone, this.filledOn, this.unionOrgs,
				this.grassrootsCommittees, this.communityJointUnions, this.industryJointUnions, this.jointUnionGroups,
				this.members, this.stationStaff, this.appRegistered, this.activityMembers, this.activityVisits,
				this.assistedPeople, this.assistanceYuan, figures);
	}

	@Override
	public String toString() {
		// Keeps the phone number out of logs.
		return "SubmissionProfile[federationCode=" + this.federationCode + ", period=" + this.period + "]";
	}

}
