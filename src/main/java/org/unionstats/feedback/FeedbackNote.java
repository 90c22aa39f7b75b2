package org.unionstats.feedback;

/**
 * A line under the verdict saying why the feedback is the issue list alone.
 *
 * @param zh the reason in Chinese
 * @param en the reason in English
 */
record FeedbackNote(String zh, String en) {

}
