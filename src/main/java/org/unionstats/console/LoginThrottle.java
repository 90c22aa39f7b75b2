package org.unionstats.console;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;

import org.unionstats.users.StoredAccount;
import org.unionstats.users.UserAccounts;

/**
 * Counts failed sign-ins per user and slows the next tries: each failure in a row adds
 * {@code unionstats.console.login-failure-delay} before the password is even checked (up
 * to ten times that), whether the next password is right or not, so guessing gets slow
 * and timing tells nothing.
 */
class LoginThrottle {

	private static final Logger logger = LoggerFactory.getLogger(LoginThrottle.class);

	private static final int MAX_STEPS = 10;

	private final UserAccounts accounts;

	private final Duration delayPerFailure;

	LoginThrottle(UserAccounts accounts, Duration delayPerFailure) {
		this.accounts = accounts;
		this.delayPerFailure = delayPerFailure;
	}

	void delayFor(StoredAccount account) {
		int steps = Math.min(account.failedLogins(), MAX_STEPS);
		if (steps == 0) {
			return;
		}
		try {
			Thread.sleep(this.delayPerFailure.multipliedBy(steps).toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@EventListener
	void failed(AbstractAuthenticationFailureEvent event) {
		String username = event.getAuthentication().getName();
		this.accounts.recordFailedLogin(username);
		logger.warn("Console sign-in failed for user {}: {}", username,
				event.getException().getClass().getSimpleName());
	}

	@EventListener
	void succeeded(AuthenticationSuccessEvent event) {
		this.accounts.recordSuccessfulLogin(event.getAuthentication().getName());
	}

}
