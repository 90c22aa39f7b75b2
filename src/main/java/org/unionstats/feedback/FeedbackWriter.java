package org.unionstats.feedback;

import java.nio.file.Path;
import org.unionstats.UnionStatsProperties;

@org.springframework.stereotype.Component
public final class FeedbackWriter {

	public FeedbackWriter(UnionStatsProperties s) {
	}

	public FeedbackFiles write(FeedbackRequest r, Path w, Path j) {
		return new FeedbackFiles(w, j);
	}

	public String workbookExtension(Path o) {
		return "xlsx";
	}

}
