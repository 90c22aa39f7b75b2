package org.unionstats.console;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.boot.web.server.servlet.CookieSameSiteSupplier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.SecurityFilterChain;

import org.unionstats.users.UserAccounts;

/**
 * Who may open what: every page needs a signed-in user (form sign-in for people, HTTP
 * Basic for scripts), {@code /actuator/health} stays open for load balancers, the other
 * actuator endpoints and the runs and files pages need ADMIN. CSRF protects every form;
 * the session cookie is HttpOnly and SameSite=Lax.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = Type.SERVLET)
class ConsoleSecurityConfiguration {

	@Bean
	SecurityFilterChain consoleSecurity(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests((requests) -> requests.requestMatchers(EndpointRequest.to("health"))
			.permitAll()
			.requestMatchers(EndpointRequest.toAnyEndpoint())
			.hasRole("ADMIN")
			.requestMatchers("/login", "/console.css", "/error")
			.permitAll()
			.requestMatchers("/runs", "/files")
			.hasRole("ADMIN")
			.anyRequest()
			.authenticated())
			.formLogin((form) -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
			.httpBasic(Customizer.withDefaults())
			.logout((logout) -> logout.logoutSuccessUrl("/login?logout"));
		return http.build();
	}

	@Bean
	LoginThrottle loginThrottle(UserAccounts accounts,
			@Value("${unionstats.console.login-failure-delay:1s}") Duration delayPerFailure) {
		return new LoginThrottle(accounts, delayPerFailure);
	}

	@Bean
	UserDetailsService consoleUserDetailsService(UserAccounts accounts, LoginThrottle throttle) {
		return new ConsoleUserDetailsService(accounts, throttle);
	}

	@Bean
	CookieSameSiteSupplier sessionCookieSameSite() {
		return CookieSameSiteSupplier.ofLax().whenHasName("JSESSIONID");
	}

}
