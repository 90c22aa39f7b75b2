package org.unionstats.support;

import java.io.IOException;
import java.sql.SQLException;
import java.util.concurrent.ExecutionException;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseFailureTests {

	@Test
	void aDroppedConnectionMetWhileValidatingIsTheDatabasesFailureNotTheFiles() {
		SQLException dropped = new SQLException("FATAL: terminating connection due to administrator command");

		assertThat(DatabaseFailure.in(dropped)).isTrue();
		assertThat(DatabaseFailure.in(new ExecutionException(new IllegalStateException(dropped)))).isTrue();
		assertThat(DatabaseFailure.in(new CannotGetJdbcConnectionException("pool closed"))).isTrue();
	}

	@Test
	void whatTheFileCausesIsTheFiles() {
		assertThat(DatabaseFailure.in(new IOException("truncated zip"))).isFalse();
		assertThat(DatabaseFailure.in(new OutOfMemoryError("one huge part"))).isFalse();
		assertThat(DatabaseFailure.in(new IllegalStateException(new NumberFormatException()))).isFalse();
	}

}
