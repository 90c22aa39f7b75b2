package org.unionstats.users;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.unionstats.UserFacingException;

/**
 * The console's user accounts in {@code ops.console_user}: adding, disabling, listing,
 * and the failed sign-ins counted against each. Made when first asked for (the console,
 * the {@code user} command), not by the commands that run jobs.
 */
@Component
@Lazy
public class UserAccounts {

	private static final String COLUMNS = """
			username, role, district_code, federation_code, enabled, password_hash, failed_logins, last_failed_at""";

	private final JdbcClient jdbc;

	private final PasswordEncoder encoder;

	UserAccounts(JdbcClient jdbc, PasswordEncoder encoder) {
		this.jdbc = jdbc;
		this.encoder = encoder;
	}

	/**
	 * Adds a user, or replaces the role, scope and password of an existing one (and
	 * enables it again).
	 * @return whether the user is new
	 */
	@Transactional
	public boolean add(String username, Role role, @Nullable String scopeCode, String password) {
		requireScope(role, scopeCode);
		if (password.length() < 8) {
			throw new UserFacingException("the password must have at least 8 characters", 2);
		}
		boolean existed = find(username).isPresent();
		this.jdbc.sql("""
				INSERT INTO ops.console_user (username, password_hash, role, district_code, federation_code)
				VALUES (:username, :hash, :role, :district, :federation)
				ON CONFLICT (username) DO UPDATE SET password_hash = excluded.password_hash, role = excluded.role,
				    district_code = excluded.district_code, federation_code = excluded.federation_code,
				    enabled = true, failed_logins = 0, last_failed_at = NULL""")
			.param("username", username)
			.param("hash", this.encoder.encode(password))
			.param("role", role.name())
			.param("district", (role == Role.DISTRICT) ? scopeCode : null)
			.param("federation", (role == Role.FEDERATION) ? scopeCode : null)
			.update();
		return !existed;
	}

	private void requireScope(Role role, @Nullable String scopeCode) {
		String table = switch (role) {
			case DISTRICT -> "core.district WHERE district_code";
			case FEDERATION -> "core.federation WHERE federation_code";
			default -> null;
		};
		if (table == null) {
			if (scopeCode != null) {
				throw new UserFacingException(
						"a " + role + " user sees the whole city: give no --district or --federation", 2);
			}
			return;
		}
		String option = (role == Role.DISTRICT) ? "--district" : "--federation";
		if (scopeCode == null) {
			throw new UserFacingException("a " + role + " user needs " + option + " CODE", 2);
		}
		boolean known = this.jdbc.sql("SELECT EXISTS (SELECT FROM " + table + " = :code)")
			.param("code", scopeCode)
			.query(Boolean.class)
			.single();
		if (!known) {
			throw new UserFacingException(option + " " + scopeCode + " is not in the registry (registry import first)",
					1);
		}
	}

	/**
	 * @return whether the user existed
	 */
	public boolean disable(String username) {
		return this.jdbc.sql("UPDATE ops.console_user SET enabled = false WHERE username = :username")
			.param("username", username)
			.update() > 0;
	}

	public List<ConsoleUser> list() {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM ops.console_user ORDER BY username")
			.query((rs, n) -> account(rs).user())
			.list();
	}

	public Optional<StoredAccount> find(String username) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM ops.console_user WHERE username = :username")
			.param("username", username)
			.query((rs, n) -> account(rs))
			.optional();
	}

	/** Counts a failed sign-in of a known user. */
	public void recordFailedLogin(String username) {
		this.jdbc.sql("""
				UPDATE ops.console_user SET failed_logins = failed_logins + 1, last_failed_at = now()
				WHERE username = :username""").param("username", username).update();
	}

	public void recordSuccessfulLogin(String username) {
		this.jdbc.sql("UPDATE ops.console_user SET failed_logins = 0 WHERE username = :username AND failed_logins > 0")
			.param("username", username)
			.update();
	}

	private static StoredAccount account(ResultSet rs) throws SQLException {
		ConsoleUser user = new ConsoleUser(rs.getString("username"), Role.valueOf(rs.getString("role")),
				rs.getString("district_code"), rs.getString("federation_code"), rs.getBoolean("enabled"));
		Timestamp lastFailed = rs.getTimestamp("last_failed_at");
		return new StoredAccount(user, rs.getString("password_hash"), rs.getInt("failed_logins"),
				(lastFailed != null) ? lastFailed.toInstant() : null);
	}

}
