package org.unionstats.console;

import org.junit.jupiter.api.Test;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.stereotype.Controller;

import org.unionstats.UnionStatsApplication;
import org.unionstats.approval.FederationApprovals;
import org.unionstats.support.TestDatabase;
import org.unionstats.users.UserAccounts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One-shot commands start without the web application: none of the console's beans
 * (controllers, security, page helpers) is created there, while the users and the review
 * state, which commands and validation need, are.
 */
class ConsoleOnlyInWebApplicationIntegrationTests {

	@Test
	void aContextWithoutWebApplicationHasNoConsoleBeans() {
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(UnionStatsApplication.class)
			.web(WebApplicationType.NONE)
			.bannerMode(Banner.Mode.OFF)
			.run(TestDatabase.springArgs())) {

			assertThat(context.getBeansWithAnnotation(Controller.class)).isEmpty();
			assertThat(context.getBeanNamesForType(SecurityFilterChain.class)).isEmpty();
			assertThat(context.getBeanNamesForType(ScopeGuard.class)).isEmpty();
			assertThat(context.getBeanNamesForType(MunicipalTotals.class)).isEmpty();
			assertThat(context.getBeanNamesForType(UserAccounts.class)).hasSize(1);
			assertThat(context.getBeanNamesForType(FederationApprovals.class)).hasSize(1);
		}
	}

}
