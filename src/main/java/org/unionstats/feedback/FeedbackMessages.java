package org.unionstats.feedback;

import org.unionstats.validation.MessageBundle;

/**
 * The feedback's own texts in Chinese and English, from
 * {@code messages/feedback.properties} (Chinese) and {@code feedback_en.properties}.
 */
final class FeedbackMessages {

	static final String BASE_NAME = "messages/feedback";

	private final MessageBundle bundle;

	private FeedbackMessages(MessageBundle bundle) {
		this.bundle = bundle;
	}

	static FeedbackMessages load() {
		return new FeedbackMessages(MessageBundle.load(BASE_NAME));
	}

	String zh(String key, Object... args) {
		return this.bundle.zh(key, args);
	}

	String en(String key, Object... args) {
		return this.bundle.en(key, args);
	}

	/** Chinese and English on one line, for headers and short labels. */
	String both(String key, Object... args) {
		return zh(key, args) + " / " + en(key, args);
	}

}
