package org.unionstats.feedback;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FeedbackMessagesTests {

	@Test
	void everyChineseMessageHasAnEnglishOneAndTheOtherWayRound() {
		assertThat(FeedbackMessages.read(FeedbackMessages.EN_BUNDLE).stringPropertyNames())
			.isEqualTo(FeedbackMessages.read(FeedbackMessages.ZH_BUNDLE).stringPropertyNames());
	}

	@Test
	void bundlesAreReadAsUtf8AndFormatted() {
		FeedbackMessages messages = FeedbackMessages.load();

		assertThat(messages.both("verdict.ACCEPTED")).isEqualTo("采用 / Accepted");
		assertThat(messages.zh("note.tooManyRows", 50001L, 50000L)).startsWith("数据共 50,001 行，超过 50,000 行");
	}

}
