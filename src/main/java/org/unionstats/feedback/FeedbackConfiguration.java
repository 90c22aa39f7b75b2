package org.unionstats.feedback;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.unionstats.UnionStatsProperties;

/**
 * Makes the feedback writer (a plain class, usable outside Spring) a bean.
 */
@Configuration(proxyBeanMethods = false)
class FeedbackConfiguration {

	@Bean
	FeedbackWriter feedbackWriter(UnionStatsProperties properties) {
		return new FeedbackWriter(properties);
	}

}
