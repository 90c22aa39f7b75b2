package org.unionstats.validation;

import java.util.List;

public record ProfileItem(SubmissionProfile profile, List<Issue> issues) implements SubmissionItem {
}
