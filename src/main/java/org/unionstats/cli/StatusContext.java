package org.unionstats.cli;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

import org.unionstats.UnionStatsProperties;
import org.unionstats.cluster.ClusterProperties;
import org.unionstats.database.SessionLockTimeoutConfiguration;
import org.unionstats.intake.FailedFilesReport;
import org.unionstats.intake.UnknownFolders;
import org.unionstats.scheduling.ScheduleReport;
import org.unionstats.scheduling.SchedulingProperties;
import org.unionstats.statistics.ReportingPeriods;
import org.unionstats.statistics.StatisticsSummary;
import org.unionstats.submission.FailedTries;
import org.unionstats.support.IndependentTransactions;

/**
 * The context of {@code status}: the connection pool (with the sessions' lock timeout),
 * Flyway when the database is behind this build, every setting bound at start, and the
 * reports {@code status} prints with what they need. Nothing is scanned: the whole
 * application's context cost {@code status} more to build (reading every class, parsing
 * every configuration, proxying for transactions) than its queries. A report that comes
 * to need another bean has it added here; the command's integration tests start this
 * context.
 */
@Configuration(proxyBeanMethods = false)
@ImportAutoConfiguration({ PropertyPlaceholderAutoConfiguration.class, DataSourceAutoConfiguration.class,
		DataSourceTransactionManagerAutoConfiguration.class, JdbcTemplateAutoConfiguration.class,
		JdbcClientAutoConfiguration.class, FlywayAutoConfiguration.class })
@EnableConfigurationProperties({ UnionStatsProperties.class, SchedulingProperties.class, ClusterProperties.class })
@Import({ SessionLockTimeoutConfiguration.class, IndependentTransactions.class, FailedTries.class,
		ReportingPeriods.class, StatisticsSummary.class, ScheduleReport.class, UnknownFolders.class,
		FailedFilesReport.class })
class StatusContext {

}
