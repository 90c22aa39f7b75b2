package org.unionstats.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;

import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import org.unionstats.UserFacingException;
import org.unionstats.users.ConsoleUser;
import org.unionstats.users.Role;
import org.unionstats.users.UserAccounts;

/**
 * {@code user add|disable|list}: the web console's users.
 */
@Command(name = "user", mixinStandardHelpOptions = true, description = "Add, disable or list the web console's users.",
		subcommands = { UserCommand.Add.class, UserCommand.Disable.class, UserCommand.ListUsers.class })
final class UserCommand implements Runnable {

	@picocli.CommandLine.Spec
	picocli.CommandLine.Model.CommandSpec spec;

	@Override
	public void run() {
		throw new picocli.CommandLine.ParameterException(this.spec.commandLine(), "a subcommand is required");
	}

	@Command(name = "add", mixinStandardHelpOptions = true,
			description = "Add a user (or replace an existing user's role, scope and password). "
					+ "The password is read from the first line of standard input.")
	static final class Add implements Callable<Integer> {

		@Parameters(paramLabel = "NAME", description = "the user name (letters, digits, . _ @ -)")
		String username;

		@Option(names = "--role", required = true, paramLabel = "ROLE",
				description = "ADMIN, MUNICIPAL, DISTRICT (needs --district) or FEDERATION (needs --federation)")
		Role role;

		@ArgGroup(exclusive = true)
		Scope scope;

		@Option(names = "--password-stdin", required = true,
				description = "read the password from standard input (at least 8 characters)")
		boolean passwordStdin;

		private final ApplicationStarter starter;

		private final PrintWriter out;

		Add(ApplicationStarter starter, PrintWriter out) {
			this.starter = starter;
			this.out = out;
		}

		@Override
		public Integer call() {
			String password = readPassword();
			String scopeCode = (this.scope != null) ? this.scope.code() : null;
			try (ConfigurableApplicationContext context = this.starter.start()) {
				boolean added = context.getBean(UserAccounts.class).add(this.username, this.role, scopeCode, password);
				this.out.printf("user %s: %s (%s%s)%n", this.username, added ? "added" : "updated", this.role,
						(scopeCode != null) ? " " + scopeCode : "");
				return 0;
			}
		}

		private static String readPassword() {
			try {
				String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
				if (line == null || line.isEmpty()) {
					throw new UserFacingException("no password on standard input (e.g. printf '%s\\n' \"$PW\" | ...)",
							2);
				}
				return line;
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

	static final class Scope {

		@Option(names = "--district", paramLabel = "CODE", description = "the district of a DISTRICT user")
		String district;

		@Option(names = "--federation", paramLabel = "CODE", description = "the federation of a FEDERATION user")
		String federation;

		String code() {
			return (this.district != null) ? this.district : this.federation;
		}

	}

	@Command(name = "disable", mixinStandardHelpOptions = true,
			description = "Stop a user from signing in (the account and its audit trail are kept).")
	static final class Disable implements Callable<Integer> {

		@Parameters(paramLabel = "NAME", description = "the user name")
		String username;

		private final ApplicationStarter starter;

		private final PrintWriter out;

		Disable(ApplicationStarter starter, PrintWriter out) {
			this.starter = starter;
			this.out = out;
		}

		@Override
		public Integer call() {
			try (ConfigurableApplicationContext context = this.starter.start()) {
				if (!context.getBean(UserAccounts.class).disable(this.username)) {
					throw new UserFacingException("no user named " + this.username, 1);
				}
				this.out.printf("user %s: disabled%n", this.username);
				return 0;
			}
		}

	}

	@Command(name = "list", mixinStandardHelpOptions = true, description = "List the users, their roles and scopes.")
	static final class ListUsers implements Callable<Integer> {

		private final ApplicationStarter starter;

		private final PrintWriter out;

		ListUsers(ApplicationStarter starter, PrintWriter out) {
			this.starter = starter;
			this.out = out;
		}

		@Override
		public Integer call() {
			try (ConfigurableApplicationContext context = this.starter.start()) {
				List<ConsoleUser> users = context.getBean(UserAccounts.class).list();
				this.out.printf("%-24s %-10s %-22s %s%n", "user", "role", "scope", "enabled");
				users.forEach((user) -> this.out.printf("%-24s %-10s %-22s %s%n", user.username(), user.role(),
						user.scope(), user.enabled() ? "yes" : "no"));
				this.out.printf("%d user(s)%n", users.size());
				return 0;
			}
		}

	}

}
