package org.unionstats.users;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A user with its password hash and failed sign-ins, as the sign-in needs it.
 */
public record StoredAccount(ConsoleUser user, String passwordHash, int failedLogins, @Nullable Instant lastFailedAt) {

}
