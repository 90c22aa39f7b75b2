package org.unionstats.users;

/**
 * What a console user is: IT staff, the municipal office, a district federation or a
 * sub-district federation.
 */
public enum Role {

	ADMIN, MUNICIPAL, DISTRICT, FEDERATION;

	/** Whether the role sees every district and federation of the city. */
	public boolean seesWholeCity() {
		return this == ADMIN || this == MUNICIPAL;
	}

}
