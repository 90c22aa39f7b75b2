package org.unionstats.workbook;

import java.math.BigDecimal;
import java.time.LocalDate;

public record SubmissionProfile(String templateVersion, String federationCode, String federationName,
		String districtName, String period, String contactName, String contactPhone, LocalDate filledOn,
		Integer unionOrgs, Integer grassrootsCommittees, Integer communityJointUnions, Integer industryJointUnions,
		Integer jointUnionGroups, Integer members, Integer stationStaff, Integer appRegistered, Integer activityMembers,
		Integer activityVisits, Integer assistedPeople, BigDecimal assistanceYuan) {
}
