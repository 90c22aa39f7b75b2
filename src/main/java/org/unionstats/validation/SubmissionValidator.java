package org.unionstats.validation;

import java.nio.file.Path;
import org.unionstats.UnionStatsProperties;

@org.springframework.stereotype.Component
public final class SubmissionValidator {

	public SubmissionValidator(UnionStatsProperties s, IssueMessages m) {
	}

	public ValidatingReader open(Path file, ValidationContext c) {
		return new ValidatingReader();
	}

}
