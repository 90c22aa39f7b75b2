package org.unionstats.validation;

public sealed interface SubmissionItem permits ProfileItem, FacilityItem, ClosingItem {

}
