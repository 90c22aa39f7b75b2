package org.unionstats.cluster;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import org.unionstats.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A job's lock is held by one session at a time, and free again once released.
 */
@IntegrationTest
class ClusterJobLockIntegrationTests {

	@Autowired
	ClusterJobLock lock;

	@Test
	void aSecondHolderIsRefusedUntilTheFirstReleases() {
		try (ClusterJobLock.Held first = this.lock.tryAcquire("statistics").orElseThrow()) {

			assertThat(this.lock.tryAcquire("statistics")).isEmpty();
			try (ClusterJobLock.Held other = this.lock.tryAcquire("ingest").orElseThrow()) {
				assertThat(other).isNotNull();
			}
		}

		Optional<ClusterJobLock.Held> again = this.lock.tryAcquire("statistics");
		assertThat(again).isPresent();
		again.get().close();
	}

}
