package org.unionstats.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.unionstats.UnionStatsApplication;
import org.unionstats.cluster.NodeLease;
import org.unionstats.registry.RegistryImporter;
import org.unionstats.workbook.FacilityRow;
import org.unionstats.support.ChildJvm;
import org.unionstats.support.DatabaseCleaner;
import org.unionstats.support.FilesUnder;
import org.unionstats.support.IntegrationTest;
import org.unionstats.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.unionstats.support.Submissions.drop;
import static org.unionstats.support.Submissions.profile;
import static org.unionstats.support.Submissions.serviceStation;

/**
 * Remote partitioning: two {@code serve} nodes (two application contexts) on one
 * database; a pass run by one of them has its files staged, decided and published by the
 * workers of both, each file exactly once; and a node killed mid-pass loses nothing.
 */
@IntegrationTest
class RemotePartitioningIntegrationTests {

	private static final Logger logger = LoggerFactory.getLogger(RemotePartitioningIntegrationTests.class);

	private static final int WORKBOOKS = 20;

	/** Facilities a workbook of the kill test: enough to be killed mid-file. */
	private static final int ROWS = 3000;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	RegistryImporter registry;

	@TempDir
	Path folder;

	private final List<ConfigurableApplicationContext> nodes = new ArrayList<>();

	@BeforeEach
	void freshWarehouseWithTheRegistry() throws IOException {
		DatabaseCleaner.clean(this.jdbc);
		// A killed node's pass may leave partition requests that no node will run.
		this.jdbc.sql("DELETE FROM int_channel_message").update();
		this.registry.importFile(Path.of("sample-data/registry.csv"));
	}

	@AfterEach
	void stopTheNodes() {
		this.nodes.forEach(ConfigurableApplicationContext::close);
		DatabaseCleaner.clean(this.jdbc);
	}

	@Test
	void bothNodesWorkOnTheFilesOfAPassEachFileExactlyOnce() throws Exception {
		// given two serve nodes with remote partitioning, and twenty workbooks
		Path dropRoot = Files.createDirectories(this.folder.resolve("drop"));
		ConfigurableApplicationContext running = startNode(dropRoot);
		ConfigurableApplicationContext other = startNode(dropRoot);
		for (int i = 0; i < WORKBOOKS; i++) {
			String[] federation = FEDERATIONS[i % FEDERATIONS.length];
			String period = (i < FEDERATIONS.length) ? "2017-01" : "2017-02";
			drop(dropRoot, federation[0], period + "-工会统计.xlsx",
					profile(federation[0], federation[1], federation[2], period, 100 + i, 1000 + i),
					List.of(serviceStation("S1", federation[1] + "服务站", "运行")));
		}

		// when one node runs a pass
		long commitsBefore = commits();
		IngestSummary summary = running.getBean(IngestLauncher.class).runOnce(dropRoot);
		long commitsAfter = commits();
		logger.info("Database cost of a remote-partitioned pass of {} files: {} commits, {} a file", WORKBOOKS,
				commitsAfter - commitsBefore, (commitsAfter - commitsBefore) / WORKBOOKS);

		// then every file is accepted, merged and published once
		assertThat(summary.completed()).as(String.valueOf(summary.failure())).isTrue();
		assertThat(this.jdbc.sql("SELECT status, count(*) FROM ops.submission GROUP BY status")
			.query((rs, row) -> rs.getString(1) + "=" + rs.getInt(2))
			.list()).containsExactly("ACCEPTED=" + WORKBOOKS);
		assertThat(this.jdbc.sql("SELECT count(*) FROM ops.submission WHERE finished_at IS NULL")
			.query(Integer.class)
			.single()).isZero();
		assertThat(this.jdbc.sql("SELECT count(*) FROM core.federation_profile").query(Integer.class).single())
			.isEqualTo(WORKBOOKS);
		assertThat(this.jdbc.sql("SELECT count(*) FROM core.facility_snapshot").query(Integer.class).single())
			.isEqualTo(WORKBOOKS);
		assertThat(FilesUnder.list(dropRoot.resolve("archive"))).hasSize(WORKBOOKS);
		assertThat(FilesUnder.list(dropRoot.resolve("inbox"))).isEmpty();

		// and each file was in one staging partition (a group of files), the partitions
		// ran once each, on one node or the other, both nodes taking some
		List<Long> grouped = running.getBean(JobRepository.class)
			.getJobExecution(summary.jobExecutionId())
			.getStepExecutions()
			.stream()
			.filter((step) -> step.getStepName().startsWith("stageSubmission:"))
			.flatMap((step) -> StagingGroup.of(step.getExecutionContext().getString(PartitionKeys.SUBMISSION_IDS))
				.submissionIds()
				.stream())
			.toList();
		assertThat(grouped).doesNotHaveDuplicates()
			.containsExactlyInAnyOrderElementsOf(
					this.jdbc.sql("SELECT submission_id FROM ops.submission").query(Long.class).list());
		Map<String, Long> stagedPerNode = partitionsPerNode(summary.jobExecutionId(), "stageSubmission");
		assertThat(stagedPerNode).as("staging partitions per node")
			.containsOnlyKeys(running.getBean(NodeLease.class).description(),
					other.getBean(NodeLease.class).description());
		assertThat(this.jdbc.sql("""
				SELECT count(*) FROM batch_step_execution
				WHERE job_execution_id = :job AND step_name LIKE 'stageSubmission:%' AND status = 'COMPLETED'""")
			.param("job", summary.jobExecutionId())
			.query(Long.class)
			.single()).isEqualTo(stagedPerNode.values().stream().mapToLong(Long::longValue).sum());
		assertThat(this.jdbc.sql("SELECT count(*) FROM int_channel_message").query(Integer.class).single())
			.as("messages left in the channel")
			.isZero();
	}

	@Test
	void aWorkerNodeKilledMidPassLosesNothingAndTheNextPassCompletesEveryFile() throws Exception {
		// given a serve node here, another in a JVM of its own, and twenty workbooks of
		// 3,000 facilities each
		Path dropRoot = Files.createDirectories(this.folder.resolve("drop"));
		Path jobs = Files.createDirectories(this.folder.resolve("jobs"));
		ConfigurableApplicationContext running = startNode(dropRoot);
		ChildJvm killed = ChildJvm.start(List.of(), "serve", "--server.port=0",
				"--spring.quartz.scheduler-name=remote-partitioning-kill", "--unionstats.scheduling.jobs-dir=" + jobs,
				"--unionstats.drop-root=" + dropRoot, "--unionstats.quiet-time=0s",
				"--unionstats.cluster.remote-partitioning=true");
		try {
			await("the other node serving").atMost(Duration.ofSeconds(120))
				.until(() -> killed.output().contains("scheduled job(s)") || !killed.isAlive());
			assertThat(killed.isAlive()).as(killed.output()).isTrue();
			List<FacilityRow> facilities = new ArrayList<>();
			for (int row = 1; row <= ROWS; row++) {
				facilities.add(serviceStation("S" + row, "服务站" + row, "运行"));
			}
			for (int i = 0; i < WORKBOOKS; i++) {
				String[] federation = FEDERATIONS[i % FEDERATIONS.length];
				String period = (i < FEDERATIONS.length) ? "2017-01" : "2017-02";
				drop(dropRoot, federation[0], period + "-工会统计.xlsx",
						profile(federation[0], federation[1], federation[2], period, 100 + i, 1000 + i), facilities);
			}

			// when the other node is killed (SIGKILL) while it stages a file of this
			// node's pass
			CompletableFuture<IngestSummary> pass = CompletableFuture
				.supplyAsync(() -> runOnce(running.getBean(IngestLauncher.class), dropRoot));
			await("the other node staging a file").atMost(Duration.ofSeconds(120))
				.pollInterval(Duration.ofMillis(20))
				.until(() -> stagingOn("%:" + killed.pid() + "/%") > 0 || pass.isDone());
			assertThat(pass).as("the pass finished before the other node took a file").isNotDone();
			killed.kill();
			IngestSummary interrupted = pass.get(5, TimeUnit.MINUTES);

			// then that pass failed, its lost partition marked so, and nothing is lost:
			// the next pass completes every file, each exactly once
			assertThat(interrupted.completed()).isFalse();
			assertThat(this.jdbc.sql("""
					SELECT count(*) FROM batch_step_execution
					WHERE job_execution_id = :job AND exit_code = :lost""")
				.param("job", interrupted.jobExecutionId())
				.param("lost", LostPartitions.NODE_LOST_CODE)
				.query(Integer.class)
				.single()).as("partitions marked lost").isPositive();
			IngestSummary next = running.getBean(IngestLauncher.class).runOnce(dropRoot);
			assertThat(next.completed()).as(String.valueOf(next.failure())).isTrue();
			assertEveryFileOnce(dropRoot);
		}
		finally {
			killed.kill();
		}
	}

	@Test
	void theNodeRunningAPassKilledMidPassLosesNothingAndTheNextPassCompletesEveryFile() throws Exception {
		// given a serve node in a JVM of its own that runs ingest every two seconds, and
		// a
		// serve node here that only works on its partitions
		Path dropRoot = Files.createDirectories(this.folder.resolve("drop"));
		Path jobs = Files.createDirectories(this.folder.resolve("manager-jobs"));
		Files.writeString(jobs.resolve("ingest.yml"), """
				name: ingest
				cron: "0/2 * * * * ?"
				parameters: {}
				description: Ingest for the remote partitioning tests.
				""");
		ConfigurableApplicationContext worker = startNode(dropRoot);
		ChildJvm killed = ChildJvm.start(List.of(), "serve", "--server.port=0",
				"--spring.quartz.scheduler-name=remote-partitioning-manager",
				"--unionstats.scheduling.jobs-dir=" + jobs, "--unionstats.drop-root=" + dropRoot,
				"--unionstats.quiet-time=0s", "--unionstats.cluster.remote-partitioning=true",
				"--spring.quartz.properties.org.quartz.scheduler.idleWaitTime=1000");
		try {
			await("the other node serving").atMost(Duration.ofSeconds(120))
				.until(() -> killed.output().contains("scheduled job(s)") || !killed.isAlive());
			assertThat(killed.isAlive()).as(killed.output()).isTrue();
			dropAtOnce(dropRoot);

			// when the node running the pass is killed (SIGKILL) while this node stages a
			// file of it
			String here = worker.getBean(NodeLease.class).description();
			await("this node staging a file of the other's pass").atMost(Duration.ofSeconds(120))
				.pollInterval(Duration.ofMillis(20))
				.until(() -> stagingOn(here) > 0 || !killed.isAlive());
			assertThat(killed.isAlive()).as(killed.output()).isTrue();
			killed.kill();

			// then the next pass (here) waits for this node's partitions of the dead
			// pass,
			// marks it failed, and completes every file exactly once
			IngestSummary next = worker.getBean(IngestLauncher.class).runOnce(dropRoot);
			assertThat(next.completed()).as(String.valueOf(next.failure())).isTrue();
			assertEveryFileOnce(dropRoot);
			assertThat(this.jdbc.sql("""
					SELECT e.status FROM batch_job_execution e JOIN batch_job_instance i USING (job_instance_id)
					WHERE i.job_name = 'ingest' AND e.job_execution_id <> :next""")
				.param("next", next.jobExecutionId())
				.query(String.class)
				.list()).as("the dead node's passes, recovered").isNotEmpty().doesNotContain("STARTED", "STARTING");
		}
		finally {
			killed.kill();
		}
	}

	/** Twenty workbooks of {@value #ROWS} facilities, moved into the inbox at once. */
	private void dropAtOnce(Path dropRoot) throws IOException {
		Path outbox = this.folder.resolve("outbox");
		List<FacilityRow> facilities = new ArrayList<>();
		for (int row = 1; row <= ROWS; row++) {
			facilities.add(serviceStation("S" + row, "服务站" + row, "运行"));
		}
		for (int i = 0; i < WORKBOOKS; i++) {
			String[] federation = FEDERATIONS[i % FEDERATIONS.length];
			String period = (i < FEDERATIONS.length) ? "2017-01" : "2017-02";
			drop(outbox, federation[0], period + "-工会统计.xlsx",
					profile(federation[0], federation[1], federation[2], period, 100 + i, 1000 + i), facilities);
		}
		Files.move(outbox.resolve("inbox"), dropRoot.resolve("inbox"), StandardCopyOption.ATOMIC_MOVE);
	}

	private void assertEveryFileOnce(Path dropRoot) throws IOException {
		assertThat(this.jdbc.sql("SELECT status, count(*) FROM ops.submission GROUP BY status")
			.query((rs, row) -> rs.getString(1) + "=" + rs.getInt(2))
			.list()).containsExactly("ACCEPTED=" + WORKBOOKS);
		assertThat(this.jdbc.sql("SELECT count(*) FROM ops.submission WHERE finished_at IS NULL")
			.query(Integer.class)
			.single()).isZero();
		assertThat(this.jdbc.sql("SELECT count(*) FROM core.federation_profile").query(Integer.class).single())
			.isEqualTo(WORKBOOKS);
		assertThat(this.jdbc.sql("SELECT count(*) FROM core.facility_snapshot").query(Integer.class).single())
			.isEqualTo(WORKBOOKS * ROWS);
		assertThat(this.jdbc.sql("""
				SELECT count(*) FROM staging.facility f
				WHERE NOT EXISTS (SELECT FROM ops.submission s WHERE s.submission_id = f.submission_id)""")
			.query(Integer.class)
			.single()).as("staging rows of forgotten claims").isZero();
		assertThat(FilesUnder.list(dropRoot.resolve("archive"))).hasSize(WORKBOOKS);
		assertThat(FilesUnder.list(dropRoot.resolve("inbox"))).isEmpty();
	}

	private static IngestSummary runOnce(IngestLauncher launcher, Path dropRoot) {
		try {
			return launcher.runOnce(dropRoot);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Staging partitions now running on the given node(s) ({@code host:pid/lease}). */
	private int stagingOn(String node) {
		return this.jdbc.sql("""
				SELECT count(*) FROM ops.partition_worker w JOIN batch_step_execution s USING (step_execution_id)
				WHERE w.worker LIKE :node AND s.step_name LIKE 'stageSubmission:%' AND s.status = 'STARTED'""")
			.param("node", node)
			.query(Integer.class)
			.single();
	}

	/**
	 * The commits of this database so far, every session's (PostgreSQL reports a
	 * session's counts within about a second).
	 */
	static long commits() throws InterruptedException {
		Thread.sleep(1500);
		try (var connection = java.sql.DriverManager.getConnection(TestDatabase.url(), TestDatabase.user(), null);
				var statement = connection.createStatement();
				var result = statement
					.executeQuery("SELECT xact_commit FROM pg_stat_database WHERE datname = current_database()")) {
			result.next();
			return result.getLong(1);
		}
		catch (java.sql.SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private Map<String, Long> partitionsPerNode(long jobExecutionId, String workerStep) {
		Map<String, Long> perNode = new java.util.TreeMap<>();
		this.jdbc.sql("""
				SELECT w.worker, count(*) FROM ops.partition_worker w
				JOIN batch_step_execution s USING (step_execution_id)
				WHERE s.job_execution_id = :job AND s.step_name LIKE :worker
				GROUP BY w.worker""")
			.param("job", jobExecutionId)
			.param("worker", workerStep + ":%")
			.query((rs, row) -> perNode.put(rs.getString(1), rs.getLong(2)))
			.list();
		return perNode;
	}

	private ConfigurableApplicationContext startNode(Path dropRoot) throws IOException {
		Path jobs = Files.createDirectories(this.folder.resolve("jobs"));
		ConfigurableApplicationContext node = new SpringApplicationBuilder(UnionStatsApplication.class)
			.web(WebApplicationType.NONE)
			.profiles("serve")
			.bannerMode(Banner.Mode.OFF)
			.run("--spring.datasource.url=" + TestDatabase.url(), "--spring.datasource.username=" + TestDatabase.user(),
					"--spring.quartz.auto-startup=false", "--spring.quartz.scheduler-name=remote-partitioning",
					"--unionstats.scheduling.jobs-dir=" + jobs, "--unionstats.drop-root=" + dropRoot,
					"--unionstats.quiet-time=0s", "--unionstats.cluster.remote-partitioning=true");
		this.nodes.add(node);
		return node;
	}

	private static final String[][] FEDERATIONS = { { "110102001", "西长安街街道", "西城区" }, { "110102003", "新街口街道", "西城区" },
			{ "110102007", "月坛街道", "西城区" }, { "110102009", "展览路街道", "西城区" }, { "110102010", "德胜街道", "西城区" },
			{ "110102011", "金融街街道", "西城区" }, { "110102012", "什刹海街道", "西城区" }, { "110102013", "大栅栏街道", "西城区" },
			{ "110102014", "天桥街道", "西城区" }, { "110102015", "椿树街道", "西城区" }, { "110102016", "陶然亭街道", "西城区" },
			{ "110102017", "广安门内街道", "西城区" }, { "110102018", "牛街街道", "西城区" }, { "110102019", "白纸坊街道", "西城区" },
			{ "110102020", "广安门外街道", "西城区" }, { "110105015", "八里庄街道", "朝阳区" }, { "110111011", "拱辰街道", "房山区" } };

}
