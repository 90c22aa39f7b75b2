package org.unionstats.feedback;

import org.apache.poi.ss.usermodel.IndexedColors;

/**
 * The coloured line on top of the issue list that says at a glance what became of the
 * file and what to do next: green for accepted, amber for accepted with warnings, red for
 * rejected, grey for a duplicate.
 *
 * @param fill the background
 * @param lightText whether the text is white, on a dark background
 * @param messageKey the banner's text in the feedback bundles
 */
record VerdictBanner(IndexedColors fill, boolean lightText, String messageKey) {

	static VerdictBanner of(FeedbackRequest request) {
		return switch (request.verdict()) {
			case ACCEPTED -> (request.warnings() > 0)
					? new VerdictBanner(IndexedColors.LIGHT_ORANGE, false, "banner.ACCEPTED.warnings")
					: new VerdictBanner(IndexedColors.GREEN, true, "banner.ACCEPTED");
			case REJECTED -> new VerdictBanner(IndexedColors.RED, true, "banner.REJECTED");
			case DUPLICATE -> new VerdictBanner(IndexedColors.GREY_25_PERCENT, false, "banner.DUPLICATE");
		};
	}

}
