package org.unionstats;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

import org.unionstats.cli.UnionStatsCommandLine;

/**
 * The unionstats executable: one-shot commands and the {@code serve} mode.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class UnionStatsApplication {

	public static void main(String[] args) {
		System.exit(UnionStatsCommandLine.execute(args));
	}

}
