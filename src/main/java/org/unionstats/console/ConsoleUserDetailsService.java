package org.unionstats.console;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

import org.unionstats.users.StoredAccount;
import org.unionstats.users.UserAccounts;

/**
 * Finds the console user signing in, after the delay its failed sign-ins have earned.
 */
final class ConsoleUserDetailsService implements UserDetailsService {

	private final UserAccounts accounts;

	private final LoginThrottle throttle;

	ConsoleUserDetailsService(UserAccounts accounts, LoginThrottle throttle) {
		this.accounts = accounts;
		this.throttle = throttle;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		StoredAccount account = this.accounts.find(username)
			.orElseThrow(() -> new UsernameNotFoundException("No console user " + username));
		this.throttle.delayFor(account);
		return new SignedInUser(account);
	}

}
