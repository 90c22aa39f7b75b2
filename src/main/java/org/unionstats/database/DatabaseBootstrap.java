package org.unionstats.database;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.core.env.Environment;

import org.unionstats.UserFacingException;

/**
 * Makes the first command on a machine work without manual SQL: creates the configured
 * database when it is missing and the user may, otherwise says exactly what to run.
 */
public final class DatabaseBootstrap {

	private static final Pattern URL = Pattern.compile("jdbc:postgresql://([^/]*)/([A-Za-z0-9_]+)(\\?.*)?");

	private static final String INVALID_CATALOG = "3D000";

	private DatabaseBootstrap() {
	}

	public static void ensureDatabase(Environment environment) {
		ensureDatabase(environment, true);
	}

	/**
	 * Makes sure the configured database exists; creates it only if {@code mayCreate}
	 * (one-shot commands), otherwise says how to create it.
	 */
	public static void ensureDatabase(Environment environment, boolean mayCreate) {
		ensureDatabase(environment, mayCreate, null);
	}

	/**
	 * Like {@link #ensureDatabase(Environment, boolean)}, and hands {@code whenItExists}
	 * the connection that found the database there (not when it had to be created), for a
	 * look at it without opening another.
	 */
	public static void ensureDatabase(Environment environment, boolean mayCreate,
			@Nullable Consumer<Connection> whenItExists) {
		String url = environment.getProperty("spring.datasource.url", "");
		String user = environment.getProperty("spring.datasource.username");
		String password = environment.getProperty("spring.datasource.password");
		ensureDatabase(url, user, password, mayCreate, whenItExists);
	}

	public static void ensureDatabase(String url, String user, String password) {
		ensureDatabase(url, user, password, true, null);
	}

	private static void ensureDatabase(String url, String user, String password, boolean mayCreate,
			@Nullable Consumer<Connection> whenItExists) {
		try (Connection connection = DriverManager.getConnection(url, credentials(user, password))) {
			if (whenItExists != null) {
				whenItExists.accept(connection);
			}
			return;
		}
		catch (SQLException ex) {
			if (!INVALID_CATALOG.equals(ex.getSQLState())) {
				throw new UserFacingException("cannot connect to PostgreSQL at " + url + ": " + ex.getMessage()
						+ " (start PostgreSQL or set SPRING_DATASOURCE_URL / SPRING_DATASOURCE_USERNAME)");
			}
		}
		if (!mayCreate) {
			throw missing(url, user);
		}
		createDatabase(url, user, password);
	}

	private static UserFacingException missing(String url, String user) {
		Matcher matcher = URL.matcher(url);
		if (!matcher.matches()) {
			return new UserFacingException("database in " + url + " does not exist; create it, e.g. createdb <name>");
		}
		return new UserFacingException("database \"" + matcher.group(2) + "\" does not exist on " + matcher.group(1)
				+ " (check the name in spring.datasource.url / SPRING_DATASOURCE_URL); serve"
				+ " never creates one. Create it with: createdb -h " + host(matcher) + " -U " + user + " "
				+ matcher.group(2) + ", or run a one-shot command once, e.g. unionstats status");
	}

	private static String host(Matcher matcher) {
		return matcher.group(1).replaceFirst(":\\d+$", "");
	}

	private static void createDatabase(String url, String user, String password) {
		Matcher matcher = URL.matcher(url);
		if (!matcher.matches()) {
			throw new UserFacingException("database in " + url + " does not exist; create it, e.g. createdb <name>");
		}
		String name = matcher.group(2);
		String maintenanceUrl = "jdbc:postgresql://" + matcher.group(1) + "/postgres"
				+ ((matcher.group(3) != null) ? matcher.group(3) : "");
		try (Connection connection = DriverManager.getConnection(maintenanceUrl, credentials(user, password));
				Statement statement = connection.createStatement()) {
			// The name matched [A-Za-z0-9_]+ above, so quoting it is safe.
			statement.execute("CREATE DATABASE \"" + name + "\"");
			// A mistyped name would otherwise give a new, empty warehouse without a word.
			System.err.println("unionstats: created database \"" + name + "\" on " + matcher.group(1)
					+ " (it did not exist). If the name is mistyped, drop it: dropdb -h " + host(matcher) + " " + name);
		}
		catch (SQLException ex) {
			if ("42P04".equals(ex.getSQLState())) {
				return;
			}
			throw new UserFacingException("database \"" + name + "\" does not exist and user " + user
					+ " may not create it (" + ex.getMessage() + "); ask an administrator to run: psql -h "
					+ host(matcher) + " -U postgres -c 'CREATE DATABASE " + name + " OWNER \"" + user + "\"'");
		}
	}

	private static Properties credentials(String user, String password) {
		Properties properties = new Properties();
		if (user != null && !user.isBlank()) {
			properties.setProperty("user", user);
		}
		if (password != null && !password.isEmpty()) {
			properties.setProperty("password", password);
		}
		properties.setProperty("connectTimeout", "5");
		return properties;
	}

}
