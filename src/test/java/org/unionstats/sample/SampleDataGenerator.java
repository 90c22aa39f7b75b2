package org.unionstats.sample;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.unionstats.workbook.FacilityRow;
import org.unionstats.workbook.FacilityType;
import org.unionstats.workbook.SubmissionProfile;
import org.unionstats.workbook.SubmissionWorkbookWriter;

import static org.unionstats.support.Submissions.childcareClass;
import static org.unionstats.support.Submissions.guanganmenwai2017;
import static org.unionstats.support.Submissions.motherBabyRoom;
import static org.unionstats.support.Submissions.serviceStation;
import static org.unionstats.support.Submissions.warmStation;
import static org.unionstats.support.Submissions.workerHome;

/**
 * Writes the workbooks of {@code sample-data/workbooks/} with the project's own writer:
 * {@code ./mvnw -q -Pbench test-compile exec:exec -Dbench.main=org.unionstats.sample.SampleDataGenerator}.
 */
public final class SampleDataGenerator {

	static final Instant RECEIVED = Instant.parse("2018-01-15T02:00:00Z");

	private SampleDataGenerator() {
	}

	public static void main(String[] args) throws IOException {
		write(Path.of(args.length > 0 ? args[0] : "sample-data/workbooks"));
	}

	static void write(Path folder) throws IOException {
		write(folder.resolve("110102020/广安门外街道-2017.xlsx"), guanganmenwai2017(),
				List.of(serviceStation("GW-01", "广安门外街道职工服务中心", "运行"), serviceStation("GW-02", "湾子社区服务站", "运行"),
						serviceStation("GW-03", "手帕口服务站", "暂停"), warmStation("GW-N1", "莲花池驿站", "运行"),
						warmStation("GW-N2", "红莲北里驿站", "运行"), workerHome("GW-J1", "天宁寺社区职工之家", "运行"),
						motherBabyRoom("GW-M1", "广外医院母婴室", "运行"),
						childcareClass("GW-T1", "暑期托管班", LocalDate.of(2017, 7, 10), LocalDate.of(2017, 8, 25))));
		write(folder.resolve("110102017/广安门内街道-2017.xlsx"), profile("110102017", "广安门内街道", 562, 5805, 1900, 2100, 4200),
				List.of(serviceStation("GN-01", "广安门内街道职工服务站", "运行"), serviceStation("GN-02", "报国寺服务站", "运行"),
						warmStation("GN-N1", "牛街驿站", "运行"), workerHome("GN-J1", "宣武医院职工之家", "运行")));
		write(folder.resolve("110102014/天桥街道-2017.xlsx"), profile("110102014", "天桥街道", 844, 5567, 2000, 2300, 5100),
				List.of(serviceStation("TQ-01", "天桥街道职工服务站", "运行"), warmStation("TQ-N1", "天桥演艺区驿站", "运行"),
						warmStation("TQ-N2", "永安路驿站", "撤销"), motherBabyRoom("TQ-M1", "天桥社区母婴室", "运行")));
		write(folder.resolve("110102013/大栅栏街道-2017-有错误.xlsx"), mistakes(), mistakeRows());
	}

	private static SubmissionProfile profile(String code, String name, int orgs, int members, int app, int active,
			int visits) {
		return new SubmissionProfile("1", code, name, "西城区", "2017", "王五", "13912345678", LocalDate.of(2018, 1, 12),
				orgs, null, null, null, null, members, 6, app, active, visits, 150, new BigDecimal("48000.00"));
	}

	/**
	 * Wrong district, more app users than members, a closed class ending before it
	 * starts, a bad code.
	 */
	private static SubmissionProfile mistakes() {
		return new SubmissionProfile("1", "110102013", "大栅栏街道", "东城区", "2017", "赵六", "1391234", null, 300, null, null,
				null, null, 2000, null, 2500, 800, 600, null, null);
	}

	private static List<FacilityRow> mistakeRows() {
		return List.of(serviceStation("DZL-01", "大栅栏服务站", "运行"), serviceStation("DZL-01", "重复编号服务站", "运行"),
				serviceStation("DZL 02", "编号含空格的服务站", "运行"),
				new FacilityRow(FacilityType.SERVICE_STATION, 0, "DZL-03", null, "前门大街1号", "运行", new BigDecimal("-5"),
						3, null, null, null, List.of(), null, null, null, null, null, null, null),
				childcareClass("DZL-T1", "寒假班", LocalDate.of(2017, 2, 20), LocalDate.of(2017, 1, 20)));
	}

	private static void write(Path file, SubmissionProfile profile, List<FacilityRow> rows) throws IOException {
		SubmissionWorkbookWriter.write(file, profile, rows);
		java.nio.file.Files.setLastModifiedTime(file, FileTime.from(RECEIVED));
	}

}
