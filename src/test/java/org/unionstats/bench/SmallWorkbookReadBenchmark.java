package org.unionstats.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.unionstats.UnionStatsProperties;
import org.unionstats.support.Submissions;
import org.unionstats.support.TestValidationContext;
import org.unionstats.validation.IssueMessages;
import org.unionstats.validation.SubmissionItem;
import org.unionstats.validation.SubmissionValidator;
import org.unionstats.validation.ValidatingReader;
import org.unionstats.workbook.ReadLimits;
import org.unionstats.workbook.SubmissionWorkbookWriter;
import org.unionstats.workbook.WorkbookOpener;
import org.unionstats.workbook.WorkbookSource;

/**
 * CPU time of the reading thread per small workbook (3 facility rows, as the ingest
 * benchmark's {@code small} scenario writes them): opening alone (the package, workbook
 * part, shared strings and styles) and reading and validating every item, as staging
 * does, with the bytes the thread allocates (garbage collected on other threads' CPU).
 * Arguments: the number of workbooks (default 500) and of rounds over them (default 7;
 * the first ones include JIT compilation).
 */
public final class SmallWorkbookReadBenchmark {

	private static final com.sun.management.ThreadMXBean THREADS = (com.sun.management.ThreadMXBean) ManagementFactory
		.getThreadMXBean();

	private SmallWorkbookReadBenchmark() {
	}

	public static void main(String[] args) throws IOException {
		int files = (args.length > 0) ? Integer.parseInt(args[0]) : 500;
		int rounds = (args.length > 1) ? Integer.parseInt(args[1]) : 7;
		Path dir = Files.createTempDirectory("small-read-bench");
		List<Path> workbooks = generate(dir, files);
		UnionStatsProperties settings = UnionStatsProperties.bind(Map.of("unionstats.drop-root", dir.toString()));
		SubmissionValidator validator = new SubmissionValidator(settings, new IssueMessages());
		WorkbookOpener opener = new WorkbookOpener(ReadLimits.of(settings));
		TestValidationContext context = TestValidationContext.guanganmenwai();

		System.out.printf("%d workbooks of %d bytes each (%d rounds), CPU ms and KiB allocated per workbook:%n", files,
				Files.size(workbooks.get(0)), rounds);
		System.out.printf("%6s %10s %10s %14s %14s%n", "round", "open ms", "open KiB", "read+val. ms", "read+val. KiB");
		double[] opening = new double[rounds];
		double[] reading = new double[rounds];
		for (int round = 0; round < rounds; round++) {
			long start = THREADS.getCurrentThreadCpuTime();
			long allocated = THREADS.getCurrentThreadAllocatedBytes();
			for (Path workbook : workbooks) {
				try (WorkbookSource source = opener.open(workbook)) {
					source.sheetNames();
				}
			}
			opening[round] = perFile(start, files);
			double openingKib = (THREADS.getCurrentThreadAllocatedBytes() - allocated) / 1024.0 / files;
			start = THREADS.getCurrentThreadCpuTime();
			allocated = THREADS.getCurrentThreadAllocatedBytes();
			int items = 0;
			for (Path workbook : workbooks) {
				try (ValidatingReader reader = validator.open(workbook, context)) {
					for (SubmissionItem item = reader.next(); item != null; item = reader.next()) {
						items++;
					}
				}
			}
			reading[round] = perFile(start, files);
			double readingKib = (THREADS.getCurrentThreadAllocatedBytes() - allocated) / 1024.0 / files;
			System.out.printf("%6d %10.3f %10.0f %14.3f %14.0f   (%d items)%n", round + 1, opening[round], openingKib,
					reading[round], readingKib, items);
		}
		int warm = Math.min(2, rounds - 1);
		System.out.printf("median of rounds %d-%d: open %.3f ms, read+validate %.3f ms%n", warm + 1, rounds,
				median(Arrays.copyOfRange(opening, warm, rounds)), median(Arrays.copyOfRange(reading, warm, rounds)));
		for (Path workbook : workbooks) {
			Files.delete(workbook);
		}
		Files.delete(dir);
	}

	private static List<Path> generate(Path dir, int files) throws IOException {
		List<Path> workbooks = new ArrayList<>(files);
		for (int i = 0; i < files; i++) {
			Path file = dir.resolve("2017-" + i + ".xlsx");
			SubmissionWorkbookWriter.write(file, Submissions.guanganmenwai2017(),
					IngestBenchmark.facilities("广安门外街道" + i, 3));
			workbooks.add(file);
		}
		return workbooks;
	}

	private static double perFile(long cpuStart, int files) {
		return (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e6 / files;
	}

	private static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		int middle = sorted.length / 2;
		return (sorted.length % 2 == 1) ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
	}

}
