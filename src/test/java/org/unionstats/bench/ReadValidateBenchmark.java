package org.unionstats.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.util.unit.DataSize;

import org.unionstats.UnionStatsProperties;
import org.unionstats.registry.PeriodType;
import org.unionstats.support.SubmissionWorkbookBuilder;
import org.unionstats.support.TestValidationContext;
import org.unionstats.validation.FacilityItem;
import org.unionstats.validation.IssueMessages;
import org.unionstats.validation.SubmissionItem;
import org.unionstats.validation.SubmissionValidator;
import org.unionstats.validation.ValidatingReader;
import org.unionstats.workbook.FacilityType;

/**
 * Times reading and validating a submission whose 工会服务站 sheet has N rows of 12 columns,
 * printing rows/s and peak heap; run with {@code -Xmx256m}. A size ending in {@code s}
 * (e.g. {@code 100000s}) writes the workbook with a shared-strings table.
 */
public final class ReadValidateBenchmark {

	private static final String[] HEADERS = { "编号", "名称", "地址", "面积（平方米）", "工作人员数", "启用日期", "户外劳动者服务", "状态", "联系人",
			"开放时间", "备注", "所属社区" };

	private ReadValidateBenchmark() {
	}

	public static void main(String[] args) throws IOException {
		Path dir = Files.createTempDirectory("read-validate-bench");
		String[] sizes = (args.length > 0) ? args : new String[] { "10000", "100000" };
		System.out.printf("%10s %9s %9s %11s %9s %13s %14s%n", "rows", "file MiB", "wall s", "rows/wall s", "cpu s",
				"rows/cpu s", "peak heap MiB");
		for (String size : sizes) {
			boolean shared = size.endsWith("s");
			run(dir, Integer.parseInt(shared ? size.substring(0, size.length() - 1) : size), shared);
		}
	}

	private static void run(Path dir, int rows, boolean sharedStrings) throws IOException {
		Path file = generate(dir, rows, sharedStrings);
		UnionStatsProperties settings = UnionStatsProperties.bind(Map.of("unionstats.drop-root", dir.toString(),
				"unionstats.max-file-size", "1GB", "unionstats.max-rows-per-sheet", Math.max(200_000, rows + 100)));
		SubmissionValidator validator = new SubmissionValidator(settings, new IssueMessages());
		System.gc();
		resetPeaks();
		long start = System.nanoTime();
		long cpuStart = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
		int facilities = 0;
		int issues = 0;
		try (ValidatingReader reader = validator.open(file, TestValidationContext.guanganmenwai())) {
			for (SubmissionItem item = reader.next(); item != null; item = reader.next()) {
				facilities += (item instanceof FacilityItem) ? 1 : 0;
				issues += item.issues().size();
			}
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		// CPU time of the reading thread: wall time says little on a shared, loaded
		// machine.
		double cpu = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuStart) / 1e9;
		System.out.printf("%10d %9.1f %9.2f %11.0f %9.2f %13.0f %14.1f   (%d rows read, %d issues%s)%n", rows,
				Files.size(file) / 1048576.0, seconds, facilities / seconds, cpu, facilities / cpu,
				peakHeap() / 1048576.0, facilities, issues, sharedStrings ? ", shared strings" : ", inline strings");
		Files.delete(file);
	}

	/**
	 * A workbook as SXSSF writes it by default (inline strings), or with a shared-strings
	 * table as Excel and WPS save them (the generator then holds the table in memory:
	 * keep those runs to a few hundred thousand rows).
	 */
	private static Path generate(Path dir, int rows, boolean sharedStrings) throws IOException {
		Path file = dir.resolve("bench-" + rows + ".xlsx");
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(null, 1000, false, sharedStrings);
				OutputStream out = Files.newOutputStream(file)) {
			SubmissionWorkbookBuilder.valid().withoutSheet(FacilityType.SERVICE_STATION.sheetName()).build(workbook);
			Sheet sheet = workbook.createSheet(FacilityType.SERVICE_STATION.sheetName());
			CellStyle dateStyle = workbook.createCellStyle();
			dateStyle.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
			Row header = sheet.createRow(0);
			for (int c = 0; c < HEADERS.length; c++) {
				header.createCell(c).setCellValue(HEADERS[c]);
			}
			List<String> statuses = List.of("运行", "暂停", "撤销");
			for (int r = 1; r <= rows; r++) {
				Row row = sheet.createRow(r);
				row.createCell(0).setCellValue(String.format("S%07d", r));
				row.createCell(1).setCellValue("第" + r + "工会服务站");
				row.createCell(2).setCellValue("北京市西城区广安门外大街" + r + "号");
				row.createCell(3).setCellValue(20 + (r % 500) * 0.5);
				row.createCell(4).setCellValue(r % 20);
				row.createCell(5).setCellValue(LocalDate.of(2010, 1, 1).plusDays(r % 2500));
				row.getCell(5).setCellStyle(dateStyle);
				row.createCell(6).setCellValue((r % 2 == 0) ? "是" : "否");
				row.createCell(7).setCellValue(statuses.get(r % 3));
				row.createCell(8).setCellValue("联系人" + (r % 100));
				row.createCell(9).setCellValue("9:00-17:00");
				row.createCell(10).setCellValue("");
				row.createCell(11).setCellValue("社区" + (r % 40));
			}
			workbook.write(out);
		}
		return file;
	}

	private static void resetPeaks() {
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			pool.resetPeakUsage();
		}
	}

	/**
	 * The sum of the heap pools' peaks since the reset: an upper bound of the heap in
	 * use.
	 */
	private static long peakHeap() {
		long peak = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				peak += pool.getPeakUsage().getUsed();
			}
		}
		return peak;
	}

}
