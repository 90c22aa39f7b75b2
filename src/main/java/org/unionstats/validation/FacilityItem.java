package org.unionstats.validation;

import org.unionstats.workbook.*;

import java.util.List;

public record FacilityItem(FacilityRow row, List<Issue> issues) implements SubmissionItem {
}
