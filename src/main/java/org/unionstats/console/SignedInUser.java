package org.unionstats.console;

import java.util.Collection;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import org.unionstats.users.ConsoleUser;
import org.unionstats.users.StoredAccount;

/**
 * A signed-in console user: its role as the one authority, and its scope.
 */
final class SignedInUser implements UserDetails, CredentialsContainer {

	private final ConsoleUser user;

	private @Nullable String passwordHash;

	SignedInUser(StoredAccount account) {
		this.user = account.user();
		this.passwordHash = account.passwordHash();
	}

	ConsoleUser user() {
		return this.user;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority("ROLE_" + this.user.role().name()));
	}

	@Override
	public @Nullable String getPassword() {
		return this.passwordHash;
	}

	/** The hash is not kept in the session once the password has been checked. */
	@Override
	public void eraseCredentials() {
		this.passwordHash = null;
	}

	@Override
	public String getUsername() {
		return this.user.username();
	}

	@Override
	public boolean isEnabled() {
		return this.user.enabled();
	}

}
