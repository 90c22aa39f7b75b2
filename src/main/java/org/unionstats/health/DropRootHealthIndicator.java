package org.unionstats.health;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import org.unionstats.UnionStatsProperties;

/**
 * Reports the drop root DOWN unless it is a folder this node can list and write in.
 */
@Component
@Profile("serve")
class DropRootHealthIndicator extends AbstractHealthIndicator {

	private final Path dropRoot;

	DropRootHealthIndicator(UnionStatsProperties properties) {
		super("Drop root health check failed");
		this.dropRoot = properties.dropRoot().toAbsolutePath().normalize();
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		builder.withDetail("path", this.dropRoot.toString());
		if (!Files.isDirectory(this.dropRoot)) {
			builder.down().withDetail("error", "not a folder or missing");
		}
		else if (!Files.isReadable(this.dropRoot)) {
			builder.down().withDetail("error", "not readable");
		}
		else {
			probeWrite(builder);
		}
	}

	private void probeWrite(Health.Builder builder) {
		// A real write, because permission bits lie on network shares and read-only
		// mounts.
		try {
			Path probe = Files.createTempFile(this.dropRoot, ".health-", ".tmp");
			Files.delete(probe);
			builder.up();
		}
		catch (IOException | SecurityException ex) {
			builder.down().withDetail("error", "not writable: " + ex.getMessage());
		}
	}

}
