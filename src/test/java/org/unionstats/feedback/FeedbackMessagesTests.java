package org.unionstats.feedback;

import org.junit.jupiter.api.Test;

import org.unionstats.validation.MessageBundle;

import static org.assertj.core.api.Assertions.assertThat;

class FeedbackMessagesTests {

	@Test
	void everyChineseMessageHasAnEnglishOneAndTheOtherWayRound() {
		MessageBundle bundle = MessageBundle.load(FeedbackMessages.BASE_NAME);
		assertThat(bundle.englishKeys()).isEqualTo(bundle.chineseKeys());
	}

	@Test
	void bundlesAreReadAsUtf8AndFormatted() {
		FeedbackMessages messages = FeedbackMessages.load();

		assertThat(messages.both("verdict.ACCEPTED")).isEqualTo("采用 / Accepted");
		assertThat(messages.zh("note.tooManyRows", 50001L, 50000L)).startsWith("数据共 50,001 行，超过 50,000 行");
	}

}
