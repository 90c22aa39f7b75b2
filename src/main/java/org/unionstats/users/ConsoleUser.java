package org.unionstats.users;

import java.io.Serializable;

import org.jspecify.annotations.Nullable;

/**
 * A console user as listed: name, role, scope and whether it may sign in.
 */
public record ConsoleUser(String username, Role role, @Nullable String districtCode, @Nullable String federationCode,
		boolean enabled) implements Serializable {

	/**
	 * The district or federation the user is bound to, or {@code -} for the whole city.
	 */
	public String scope() {
		if (this.districtCode != null) {
			return "district " + this.districtCode;
		}
		return (this.federationCode != null) ? "federation " + this.federationCode : "-";
	}

}
