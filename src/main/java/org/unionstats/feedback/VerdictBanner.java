package org.unionstats.feedback;

/**
 * The coloured line on top of the issue list that says at a glance what became of the
 * file and what to do next: green for accepted, amber for accepted with warnings, red for
 * rejected, grey for a duplicate.
 *
 * @param style the banner's colours
 * @param messageKey the banner's text in the feedback bundles
 */
record VerdictBanner(ListStyle style, String messageKey) {

	/**
	 * The banner of a list in the annotated copy, whose text points at the marked cells,
	 * or of a list alone ({@code cellsMarked} false), which has no cells to point at.
	 */
	static VerdictBanner of(FeedbackRequest request, boolean cellsMarked) {
		String alone = cellsMarked ? "" : ".listOnly";
		return switch (request.verdict()) {
			case ACCEPTED -> (request.warnings() > 0)
					? new VerdictBanner(ListStyle.BANNER_WARNINGS, "banner.ACCEPTED.warnings" + alone)
					: new VerdictBanner(ListStyle.BANNER_ACCEPTED, "banner.ACCEPTED");
			case REJECTED -> new VerdictBanner(ListStyle.BANNER_REJECTED, "banner.REJECTED" + alone);
			case DUPLICATE -> new VerdictBanner(ListStyle.BANNER_DUPLICATE, "banner.DUPLICATE");
		};
	}

}
