package org.unionstats.validation;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.unionstats.UnionStatsProperties;

/**
 * Makes the validator and its messages (plain classes, usable outside Spring) beans.
 */
@Configuration(proxyBeanMethods = false)
class ValidationConfiguration {

	@Bean
	IssueMessages issueMessages() {
		return new IssueMessages();
	}

	@Bean
	SubmissionValidator submissionValidator(UnionStatsProperties properties, IssueMessages issueMessages) {
		return new SubmissionValidator(properties, issueMessages);
	}

}
