package org.unionstats.cluster;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.unionstats.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The node lease lives as long as its database session: a process whose session is gone
 * takes a new lease, and every node sees the old one as dead.
 */
@IntegrationTest
class NodeLeaseIntegrationTests {

	@Autowired
	NodeLease lease;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aLeaseWhoseSessionIsTerminatedIsDeadAndTheProcessTakesANewOne() {
		int before = this.lease.id();
		assertThat(this.lease.isAlive(before)).isTrue();

		int terminated = this.jdbc.sql("""
				SELECT count(*) FILTER (WHERE pg_terminate_backend(pid)) FROM pg_locks
				WHERE locktype = 'advisory' AND classid = :class AND objid = :lease AND objsubid = 2 AND granted""")
			.param("class", NodeLease.LOCK_CLASS)
			.param("lease", before)
			.query(Integer.class)
			.single();
		assertThat(terminated).isOne();

		await().atMost(Duration.ofSeconds(30)).until(() -> this.lease.id() != before);
		assertThat(this.lease.isAlive(before)).as("the old lease, seen from any node").isFalse();
		assertThat(this.lease.isAlive(this.lease.id())).isTrue();
		assertThat(this.jdbc.sql("""
				SELECT count(*) FROM pg_locks
				WHERE locktype = 'advisory' AND classid = :class AND objid = :lease AND objsubid = 2 AND granted""")
			.param("class", NodeLease.LOCK_CLASS)
			.param("lease", this.lease.id())
			.query(Integer.class)
			.single()).as("the new lease is held").isOne();
	}

}
