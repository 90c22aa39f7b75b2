package org.unionstats.console;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.unionstats.ingest.IngestLauncher;
import org.unionstats.registry.RegistryImporter;
import org.unionstats.support.DatabaseCleaner;
import org.unionstats.support.SampleRegistry;
import org.unionstats.users.Role;
import org.unionstats.users.UserAccounts;

import static org.unionstats.support.Submissions.drop;
import static org.unionstats.support.Submissions.profile;
import static org.unionstats.support.Submissions.serviceStation;

/**
 * The console tests' city: the sample registry, one user of each role (a DISTRICT user in
 * 西城区 and one in 朝阳区, a FEDERATION user for 广安门外街道), and accepted 2017 workbooks from
 * three federations, two of them in 西城区.
 */
final class ConsoleFixture {

	static final String PASSWORD = "console-pass-1";

	static final String XICHENG = "110102";

	static final String CHAOYANG = "110105";

	static final String GUANGANMENWAI = "110102020";

	static final String TIANQIAO = "110102014";

	static final String BALIZHUANG = "110105015";

	private ConsoleFixture() {
	}

	static void load(ApplicationContext context, Path dropRoot) {
		DatabaseCleaner.clean(context.getBean(JdbcClient.class));
		context.getBean(RegistryImporter.class).importFile(SampleRegistry.FILE);
		UserAccounts accounts = context.getBean(UserAccounts.class);
		accounts.add("admin", Role.ADMIN, null, PASSWORD);
		accounts.add("city", Role.MUNICIPAL, null, PASSWORD);
		accounts.add("xicheng", Role.DISTRICT, XICHENG, PASSWORD);
		accounts.add("chaoyang", Role.DISTRICT, CHAOYANG, PASSWORD);
		accounts.add("guanganmenwai", Role.FEDERATION, GUANGANMENWAI, PASSWORD);
		dropWorkbook(dropRoot, GUANGANMENWAI, "广安门外街道", "西城区", "广安门外-2017.xlsx");
		dropWorkbook(dropRoot, TIANQIAO, "天桥街道", "西城区", "天桥-2017.xlsx");
		dropWorkbook(dropRoot, BALIZHUANG, "八里庄街道", "朝阳区", "八里庄-2017.xlsx");
		ingest(context, dropRoot);
	}

	static void ingest(ApplicationContext context, Path dropRoot) {
		try {
			context.getBean(IngestLauncher.class).runOnce(dropRoot);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	static void dropWorkbook(Path dropRoot, String code, String name, String district, String fileName) {
		dropWorkbook(dropRoot, code, name, district, fileName, 900);
	}

	/** A workbook of the federation for 2017, its figures told apart by the members. */
	static void dropWorkbook(Path dropRoot, String code, String name, String district, String fileName, int members) {
		try {
			drop(dropRoot, code, fileName, profile(code, name, district, "2017", 12, members),
					List.of(serviceStation("S1", name + "服务站", "运行")));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static long acceptedSubmission(JdbcClient jdbc, String federation) {
		return jdbc.sql("SELECT submission_id FROM ops.submission WHERE federation_code = :f AND status = 'ACCEPTED'")
			.param("f", federation)
			.query(Long.class)
			.single();
	}

}
