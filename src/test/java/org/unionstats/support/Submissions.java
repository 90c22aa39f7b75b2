package org.unionstats.support;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.unionstats.workbook.FacilityRow;
import org.unionstats.workbook.FacilityType;
import org.unionstats.workbook.SubmissionProfile;
import org.unionstats.workbook.SubmissionWorkbookWriter;

/**
 * Valid submissions as values, and dropping them as workbooks into an inbox: the scenario
 * data of the ingest and statistics tests.
 */
public final class Submissions {

	private Submissions() {
	}

	/**
	 * A valid profile; organisation sub-counts are left blank so no ORG_SUM warning
	 * fires.
	 */
	public static SubmissionProfile profile(String code, String name, String district, String period, int unionOrgs,
			int members) {
		return new SubmissionProfile("1", code, name, district, period, "张三", "13800138000", null, unionOrgs, null,
				null, null, null, members, null, members / 3, members / 3, members / 2, null, null);
	}

	/**
	 * The public 2017 figures of 广安门外街道 (its four 其中 items sum to 2167, not 2135:
	 * ORG_SUM).
	 */
	public static SubmissionProfile guanganmenwai2017() {
		return new SubmissionProfile("1", "110102020", "广安门外街道", "西城区", "2017", "李四", "010-63456789",
				LocalDate.of(2018, 1, 10), 2135, 138, 30, 2, 1997, 9171, 12, 3380, 3839, 7603, 420,
				new BigDecimal("125000.50"));
	}

	public static FacilityRow serviceStation(String code, String name, String status) {
		return new FacilityRow(FacilityType.SERVICE_STATION, 0, code, name, name + "地址", status,
				new BigDecimal("120.5"), 3, LocalDate.of(2016, 5, 1), true, null, List.of(), null, null, null, null,
				null, null, null);
	}

	public static FacilityRow warmStation(String code, String name, String status) {
		return new FacilityRow(FacilityType.WARM_STATION, 0, code, name, name + "地址", status, null, null,
				LocalDate.of(2016, 5, 1), null, "便利店", List.of("饮水", "热饭"), null, null, null, null, null, null, null);
	}

	public static FacilityRow workerHome(String code, String name, String status) {
		return new FacilityRow(FacilityType.WORKER_HOME, 0, code, name, null, status, null, null, null, null, null,
				List.of(), name + "单位", "基层", 200, null, null, null, null);
	}

	public static FacilityRow motherBabyRoom(String code, String name, String status) {
		return new FacilityRow(FacilityType.MOTHER_BABY_ROOM, 0, code, name, null, status, new BigDecimal("15"), null,
				null, null, null, List.of(), name + "单位", null, null, null, null, null, null);
	}

	public static FacilityRow childcareClass(String code, String name, LocalDate startsOn, LocalDate endsOn) {
		return new FacilityRow(FacilityType.CHILDCARE_CLASS, 0, code, name, name + "地点", null, null, null, null, null,
				null, List.of(), null, null, null, "暑假", startsOn, endsOn, 30);
	}

	/** Writes the workbook into {@code inbox/<folder>/<fileName>} under the drop root. */
	public static Path drop(Path dropRoot, String folder, String fileName, SubmissionProfile profile,
			List<FacilityRow> facilities) throws IOException {
		Path file = dropRoot.resolve("inbox").resolve(folder).resolve(fileName);
		SubmissionWorkbookWriter.write(file, profile, facilities);
		return file;
	}

	/** Sets a file's modification time: "received" order is modification order. */
	public static Path modifiedAt(Path file, Instant instant) throws IOException {
		Files.setLastModifiedTime(file, FileTime.from(instant));
		return file;
	}

}
