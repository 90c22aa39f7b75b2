package org.unionstats.validation;

import java.util.List;

public record ClosingItem(List<Issue> issues) implements SubmissionItem {
}
