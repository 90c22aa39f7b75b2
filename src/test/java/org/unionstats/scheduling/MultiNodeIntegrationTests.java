package org.unionstats.scheduling;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.unionstats.cluster.NodeLease;
import org.unionstats.registry.RegistryImporter;
import org.unionstats.support.FilesUnder;
import org.unionstats.support.ChildJvm;
import org.unionstats.support.DatabaseCleaner;
import org.unionstats.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.unionstats.support.Submissions.drop;
import static org.unionstats.support.Submissions.profile;
import static org.unionstats.support.Submissions.serviceStation;

/**
 * {@code serve} on several nodes: the scheduled ingest picks up what federations drop,
 * two nodes (two JVMs) on one database and one drop root process each workbook exactly
 * once and share the work, and a node killed mid-run leaves its files to the other.
 */
@IntegrationTest
class MultiNodeIntegrationTests {

	private static final Duration PATIENCE = Duration.ofSeconds(60);

	private static final String EVERY_TWO_SECONDS = "0/2 * * * * ?";

	private static final String EVERY_THREE_SECONDS = "0/3 * * * * ?";

	private static final int WORKBOOKS = 100;

	/** {@code ops.submission.claimed_by} is {@code host:pid/lease}. */
	private static final Pattern CLAIMED_BY_PID = Pattern.compile(":(\\d+)/\\d+$");

	@TempDir
	static Path fixtures;

	/** A hundred valid workbooks, one per federation and month, written once. */
	private static List<Path> hundredWorkbooks;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	RegistryImporter registry;

	@TempDir
	Path folder;

	private final List<ChildJvm> children = new ArrayList<>();

	private ServeNode node;

	@BeforeAll
	static void writeHundredWorkbooks() throws IOException {
		List<Path> workbooks = new ArrayList<>();
		for (int month = 1; workbooks.size() < WORKBOOKS; month++) {
			String period = "2017-%02d".formatted(month);
			for (int f = 0; f < FEDERATIONS.length && workbooks.size() < WORKBOOKS; f++) {
				String[] federation = FEDERATIONS[f];
				// Same figures every month: no COUNT_SWING, every one accepted.
				workbooks.add(drop(fixtures, federation[0], period + "-工会统计.xlsx",
						profile(federation[0], federation[1], federation[2], period, 100 + f, 1000 + 10 * f),
						List.of(serviceStation("S1", federation[1] + "服务站", "运行"))));
			}
		}
		hundredWorkbooks = List.copyOf(workbooks);
	}

	@BeforeEach
	void freshWarehouseWithTheRegistry() throws IOException {
		DatabaseCleaner.clean(this.jdbc);
		this.registry.importFile(Path.of("sample-data/registry.csv"));
	}

	@AfterEach
	void stopEveryNode() throws InterruptedException {
		for (ChildJvm child : this.children) {
			child.kill();
		}
		if (this.node != null) {
			this.node.close();
		}
		DatabaseCleaner.clean(this.jdbc);
	}

	@Test
	void aServeNodePicksUpADroppedWorkbookOnItsSchedule() throws Exception {
		// given a serve node whose ingest runs every two seconds
		Path jobs = this.folder.resolve("jobs");
		Path dropRoot = Files.createDirectories(this.folder.resolve("drop"));
		ServeNode.writeJob(jobs, "ingest", ingestJob(EVERY_TWO_SECONDS));
		this.node = ServeNode.start("multi-node-single", jobs, dropRoot, "--unionstats.quiet-time=1s");

		// when a federation drops its workbook after the node started
		Path dropped = drop(dropRoot, "110102014", "天桥街道-2017.xlsx",
				profile("110102014", "天桥街道", "西城区", "2017", 844, 5567), List.of(serviceStation("S1", "天桥服务站", "运行")));

		// then a scheduled run takes it: accepted, merged, archived, with feedback
		await("the dropped workbook finished").atMost(PATIENCE).until(() -> finished() >= 1);
		Map<String, Object> submission = this.jdbc.sql("""
				SELECT s.status, s.federation_code, s.period, s.claimed_by, p.parameter_name AS scheduled_by
				FROM ops.submission s
				LEFT JOIN batch_job_execution_params p
				       ON p.job_execution_id = s.job_execution_id AND p.parameter_name = 'fireTime'""")
			.query()
			.singleRow();
		assertThat(submission).containsEntry("status", "ACCEPTED")
			.containsEntry("federation_code", "110102014")
			.containsEntry("period", "2017")
			.containsEntry("claimed_by", this.node.bean(NodeLease.class).description())
			.containsEntry("scheduled_by", "fireTime");
		assertThat(dropped).doesNotExist();
		assertThat(FilesUnder.list(dropRoot.resolve("archive"))).singleElement()
			.asString()
			.startsWith("2017/110102014/")
			.endsWith("-天桥街道-2017.xlsx");
		assertThat(FilesUnder.list(dropRoot.resolve("feedback"))).hasSize(2);
		assertThat(this.jdbc.sql("SELECT members FROM core.federation_profile WHERE federation_code = '110102014'")
			.query(Integer.class)
			.list()).containsExactly(5567);
	}

	@Test
	void twoServeNodesTakeEachOfAHundredWorkbooksExactlyOnce() throws Exception {
		// given two serve nodes, two JVMs on one database and one drop root, ingest every
		// three seconds
		String cluster = "multi-node-hundred";
		Path dropRoot = Files.createDirectories(this.folder.resolve("drop"));
		ChildJvm first = startServe(cluster, EVERY_THREE_SECONDS, dropRoot);
		ChildJvm second = startServe(cluster, EVERY_THREE_SECONDS, dropRoot);
		awaitServing(cluster, first, second);

		// when the federations drop a hundred workbooks: five at a time, each wave once
		// the previous one is done (a firing of its own, on whichever node takes it),
		// until both nodes have taken some; then the rest at once
		int delivered = 0;
		while (delivered < WORKBOOKS && filesFinishedPerNode().size() < 2) {
			int wave = Math.min(delivered + 5, WORKBOOKS);
			deliver(hundredWorkbooks.subList(delivered, wave), dropRoot);
			delivered = wave;
			await("a wave finished").atMost(PATIENCE).until(() -> finished() >= wave);
		}
		deliver(hundredWorkbooks.subList(delivered, WORKBOOKS), dropRoot);
		await("every workbook finished").atMost(PATIENCE).until(() -> finished() >= WORKBOOKS);

		// then each was processed exactly once, and both nodes did some of the work
		assertEachWorkbookProcessedExactlyOnce(dropRoot);
		assertThat(filesFinishedPerNode())
			.as("files finished per node (pid) after %d waves of five; %s", delivered / 5, outputs())
			.containsOnlyKeys(first.pid(), second.pid());
	}

	@Test
	void aNodeKilledMidRunLeavesItsFilesToTheOtherNode() throws Exception {
		// given two serve nodes and a hundred workbooks dropped at once
		String cluster = "multi-node-kill";
		Path dropRoot = Files.createDirectories(this.folder.resolve("drop"));
		ChildJvm first = startServe(cluster, EVERY_TWO_SECONDS, dropRoot);
		ChildJvm second = startServe(cluster, EVERY_TWO_SECONDS, dropRoot);
		awaitServing(cluster, first, second);
		deliverAtOnce(hundredWorkbooks, dropRoot);

		// when the node running the pass is killed (SIGKILL) once some files are finished
		await("some workbooks finished").atMost(PATIENCE)
			.pollInterval(Duration.ofMillis(50))
			.until(() -> finished() >= 5);
		long holder = single(this.jdbc.sql("SELECT claimed_by FROM ops.submission WHERE finished_at IS NULL")
			.query(String.class)
			.list()
			.stream()
			.map(MultiNodeIntegrationTests::pid)
			.collect(Collectors.toSet()));
		String killedLease = this.jdbc
			.sql("SELECT claimed_by FROM ops.submission WHERE finished_at IS NULL ORDER BY submission_id LIMIT 1")
			.query(String.class)
			.single()
			.replaceFirst(".*/", "");
		ChildJvm killed = (holder == first.pid()) ? first : second;
		ChildJvm survivor = (killed == first) ? second : first;
		killed.kill();
		List<String> leftUnfinished = this.jdbc
			.sql("SELECT inbox_path FROM ops.submission WHERE finished_at IS NULL ORDER BY inbox_path")
			.query(String.class)
			.list();
		assertThat(leftUnfinished).as("files the killed node left unfinished").isNotEmpty().hasSizeLessThan(WORKBOOKS);

		// then the survivor completes every file, each exactly once
		await("the survivor finished every workbook").atMost(PATIENCE.multipliedBy(2))
			.until(() -> finished() >= WORKBOOKS || !survivor.isAlive());
		assertThat(survivor.isAlive()).as(outputs()).isTrue();
		assertEachWorkbookProcessedExactlyOnce(dropRoot);
		assertThat(this.jdbc.sql("SELECT inbox_path, claimed_by FROM ops.submission")
			.query((rs, row) -> Map.entry(rs.getString(1), pid(rs.getString(2))))
			.list()
			.stream()
			.filter((claim) -> leftUnfinished.contains(claim.getKey()))
			.map(Map.Entry::getValue)).as("who finished the files the killed node left").containsOnly(survivor.pid());
		assertThat(filesFinishedPerNode()).as("files finished per node (pid)")
			.containsOnlyKeys(killed.pid(), survivor.pid());
		assertThat(this.jdbc.sql("""
				SELECT e.status FROM batch_job_execution e JOIN batch_job_execution_params p USING (job_execution_id)
				WHERE p.parameter_name = 'lease' AND p.parameter_value = :lease""")
			.param("lease", killedLease)
			.query(String.class)
			.list()).as("the killed node's ingest executions, recovered by the survivor's next pass")
			.isNotEmpty()
			.doesNotContain("STARTED", "STARTING");
	}

	/**
	 * Starts {@code serve} in a JVM of its own. Every node of one cluster uses the same
	 * Quartz scheduler name. Quartz's idle wait (30 s) is short next to the production
	 * cron (2 minutes) but not next to a few seconds, where the node that fired last
	 * would take nearly every firing: 1 s keeps the production proportions. A dead node
	 * is noticed within the check-in interval plus Quartz's fixed 7.5 s.
	 */
	private ChildJvm startServe(String cluster, String cron, Path dropRoot) throws IOException {
		Path jobs = this.folder.resolve("jobs");
		ServeNode.writeJob(jobs, "ingest", ingestJob(cron));
		ChildJvm child = ChildJvm.start(List.of(), "serve", "--server.port=0",
				"--spring.quartz.scheduler-name=" + cluster, "--unionstats.scheduling.jobs-dir=" + jobs,
				"--unionstats.drop-root=" + dropRoot, "--unionstats.quiet-time=0s",
				"--spring.quartz.properties.org.quartz.scheduler.idleWaitTime=1000",
				"--spring.quartz.properties.org.quartz.jobStore.clusterCheckinInterval=1000");
		this.children.add(child);
		return child;
	}

	/** Waits until both nodes serve, as members of one Quartz cluster. */
	private void awaitServing(String cluster, ChildJvm first, ChildJvm second) {
		for (ChildJvm child : List.of(first, second)) {
			await("node " + child.pid() + " serving").atMost(Duration.ofSeconds(120))
				.until(() -> child.output().contains("scheduled job(s)") || !child.isAlive());
			assertThat(child.isAlive()).as(outputs()).isTrue();
		}
		await("both nodes in the Quartz cluster " + cluster).atMost(PATIENCE)
			.until(() -> this.jdbc.sql("SELECT count(*) FROM qrtz_scheduler_state WHERE sched_name = :cluster")
				.param("cluster", cluster)
				.query(Integer.class)
				.single() == 2);
	}

	/** Moves the workbooks into their inbox folders, each in one atomic rename. */
	private void deliver(List<Path> workbooks, Path dropRoot) throws IOException {
		Path outbox = this.folder.resolve("outbox");
		for (Path workbook : workbooks) {
			Path relative = fixtures.relativize(workbook);
			Path staged = outbox.resolve(relative);
			Files.createDirectories(staged.getParent());
			Files.copy(workbook, staged, StandardCopyOption.REPLACE_EXISTING);
			Path target = dropRoot.resolve(relative);
			Files.createDirectories(target.getParent());
			Files.move(staged, target, StandardCopyOption.ATOMIC_MOVE);
		}
	}

	/**
	 * Moves the whole inbox in with one atomic rename, so that the first firing finds
	 * every workbook.
	 */
	private void deliverAtOnce(List<Path> workbooks, Path dropRoot) throws IOException {
		Path outbox = this.folder.resolve("outbox");
		for (Path workbook : workbooks) {
			Path staged = outbox.resolve(fixtures.relativize(workbook));
			Files.createDirectories(staged.getParent());
			Files.copy(workbook, staged);
		}
		Files.move(outbox.resolve("inbox"), dropRoot.resolve("inbox"), StandardCopyOption.ATOMIC_MOVE);
	}

	private void assertEachWorkbookProcessedExactlyOnce(Path dropRoot) throws IOException {
		assertThat(this.jdbc.sql("SELECT status, count(*) FROM ops.submission GROUP BY status")
			.query((rs, row) -> rs.getString(1) + "=" + rs.getInt(2))
			.list()).as(outputs()).containsExactly("ACCEPTED=" + WORKBOOKS);
		assertThat(this.jdbc.sql("SELECT count(*) FROM ops.submission WHERE finished_at IS NULL")
			.query(Integer.class)
			.single()).isZero();
		assertThat(this.jdbc.sql("SELECT count(DISTINCT inbox_path) FROM ops.submission").query(Integer.class).single())
			.isEqualTo(WORKBOOKS);
		// Nothing counted twice: one profile and one station per federation and month,
		// each from the accepted submission of that federation and month.
		assertThat(this.jdbc.sql("""
				SELECT count(*) FROM core.federation_profile p
				JOIN ops.submission s ON s.submission_id = p.submission_id AND s.status = 'ACCEPTED'
				 AND s.federation_code = p.federation_code AND s.period = p.period""").query(Integer.class).single())
			.isEqualTo(WORKBOOKS);
		assertThat(this.jdbc.sql("SELECT count(*) FROM core.federation_profile").query(Integer.class).single())
			.isEqualTo(WORKBOOKS);
		assertThat(this.jdbc.sql("SELECT count(*) FROM core.facility_snapshot").query(Integer.class).single())
			.isEqualTo(WORKBOOKS);
		assertThat(FilesUnder.list(dropRoot.resolve("archive"))).hasSize(WORKBOOKS);
		assertThat(FilesUnder.list(dropRoot.resolve("inbox"))).isEmpty();
		assertThat(FilesUnder.list(dropRoot.resolve("rejected"))).isEmpty();
		assertThat(FilesUnder.list(dropRoot.resolve("duplicates"))).isEmpty();
		assertThat(FilesUnder.list(dropRoot.resolve("feedback"))).filteredOn((file) -> file.endsWith(".json"))
			.hasSize(WORKBOOKS);
	}

	/** How many files each node (by process id) finished. */
	private Map<Long, Long> filesFinishedPerNode() {
		return this.jdbc.sql("SELECT claimed_by FROM ops.submission WHERE finished_at IS NOT NULL")
			.query(String.class)
			.list()
			.stream()
			.collect(Collectors.groupingBy(MultiNodeIntegrationTests::pid, TreeMap::new, Collectors.counting()));
	}

	private int finished() {
		return this.jdbc.sql("SELECT count(*) FROM ops.submission WHERE finished_at IS NOT NULL")
			.query(Integer.class)
			.single();
	}

	private String outputs() {
		StringBuilder outputs = new StringBuilder();
		for (ChildJvm child : this.children) {
			try {
				List<String> lines = child.output().lines().toList();
				outputs.append("\n--- node ")
					.append(child.pid())
					.append(" (last lines) ---\n")
					.append(String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size())));
			}
			catch (IOException ex) {
				outputs.append("\n--- node ").append(child.pid()).append(": ").append(ex);
			}
		}
		return outputs.toString();
	}

	private static long single(Set<Long> holders) {
		assertThat(holders).as("nodes holding unfinished claims").hasSize(1);
		return holders.iterator().next();
	}

	private static long pid(String claimedBy) {
		Matcher matcher = CLAIMED_BY_PID.matcher(claimedBy);
		assertThat(matcher.find()).as("claimed_by '%s' names host:pid/lease", claimedBy).isTrue();
		return Long.parseLong(matcher.group(1));
	}

	private static String ingestJob(String cron) {
		return """
				name: ingest
				cron: "%s"
				parameters: {}
				description: Ingest for the multi-node tests.
				""".formatted(cron);
	}

	private static final String[][] FEDERATIONS = { { "110102001", "西长安街街道", "西城区" }, { "110102003", "新街口街道", "西城区" },
			{ "110102007", "月坛街道", "西城区" }, { "110102009", "展览路街道", "西城区" }, { "110102010", "德胜街道", "西城区" },
			{ "110102011", "金融街街道", "西城区" }, { "110102012", "什刹海街道", "西城区" }, { "110102013", "大栅栏街道", "西城区" },
			{ "110102014", "天桥街道", "西城区" }, { "110102015", "椿树街道", "西城区" }, { "110102016", "陶然亭街道", "西城区" },
			{ "110102017", "广安门内街道", "西城区" }, { "110102018", "牛街街道", "西城区" }, { "110102019", "白纸坊街道", "西城区" },
			{ "110102020", "广安门外街道", "西城区" }, { "110105015", "八里庄街道", "朝阳区" }, { "110111011", "拱辰街道", "房山区" } };

}
