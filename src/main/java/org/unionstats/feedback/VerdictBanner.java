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

	static VerdictBanner of(FeedbackRequest request) {
		return switch (request.verdict()) {
			case ACCEPTED ->
				(request.warnings() > 0) ? new VerdictBanner(ListStyle.BANNER_WARNINGS, "banner.ACCEPTED.warnings")
						: new VerdictBanner(ListStyle.BANNER_ACCEPTED, "banner.ACCEPTED");
			case REJECTED -> new VerdictBanner(ListStyle.BANNER_REJECTED, "banner.REJECTED");
			case DUPLICATE -> new VerdictBanner(ListStyle.BANNER_DUPLICATE, "banner.DUPLICATE");
		};
	}

}
