package org.unionstats.validation;

import org.unionstats.workbook.*;

import java.util.List;

public record ProfileItem(SubmissionProfile profile, List<Issue> issues) implements SubmissionItem {
}
