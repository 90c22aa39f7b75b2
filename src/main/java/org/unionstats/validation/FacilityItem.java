package org.unionstats.validation;

import java.util.List;

public record FacilityItem(FacilityRow row, List<Issue> issues) implements SubmissionItem {
}
