package org.unionstats.console;

import java.util.Map;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

import org.unionstats.registry.FederationDirectory;
import org.unionstats.registry.FederationEntry;
import org.unionstats.registry.Period;
import org.unionstats.users.ConsoleUser;
import org.unionstats.users.Role;

/**
 * What a user may see and do, enforced on the server: a period, district or federation
 * outside the user's scope is answered like one that does not exist (404); a review step
 * the role may not take is forbidden (403).
 */
@Component
@ConditionalOnWebApplication
class ScopeGuard {

	private final JdbcClient jdbc;

	private final FederationDirectory directory;

	ScopeGuard(JdbcClient jdbc, FederationDirectory directory) {
		this.jdbc = jdbc;
		this.directory = directory;
	}

	Period period(String text) {
		return Period.parse(text).orElseThrow(ScopeGuard::notFound);
	}

	/** The district's code and name, when the user may see it. */
	Map<String, Object> district(ConsoleUser user, String code) {
		boolean visible = user.role().seesWholeCity()
				|| (user.role() == Role.DISTRICT && code.equals(user.districtCode()));
		if (!visible) {
			throw notFound();
		}
		return this.jdbc.sql(ConsoleSql.named("district"))
			.param("district", code)
			.query()
			.listOfRows()
			.stream()
			.findFirst()
			.orElseThrow(ScopeGuard::notFound);
	}

	FederationEntry federation(ConsoleUser user, String code) {
		FederationEntry federation = this.directory.find(code).orElseThrow(ScopeGuard::notFound);
		boolean visible = user.role().seesWholeCity()
				|| (user.role() == Role.DISTRICT && federation.districtCode().equals(user.districtCode()))
				|| (user.role() == Role.FEDERATION && code.equals(user.federationCode()));
		if (!visible) {
			throw notFound();
		}
		return federation;
	}

	/**
	 * Whether the user reviews the district's federations (its DISTRICT users, ADMIN).
	 */
	static boolean reviewsFederationsOf(ConsoleUser user, String districtCode) {
		return user.role() == Role.ADMIN || (user.role() == Role.DISTRICT && districtCode.equals(user.districtCode()));
	}

	/** Whether the user approves districts for the city (MUNICIPAL, ADMIN). */
	static boolean approvesDistricts(ConsoleUser user) {
		return user.role() == Role.ADMIN || user.role() == Role.MUNICIPAL;
	}

	static void require(boolean allowed) {
		if (!allowed) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
	}

	static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

}
