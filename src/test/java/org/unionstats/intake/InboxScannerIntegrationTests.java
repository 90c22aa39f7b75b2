package org.unionstats.intake;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import org.unionstats.support.IntegrationTest;
import org.unionstats.support.SampleRegistry;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a pass finds in the inbox and does not take is recorded so that passes of several
 * nodes, running at once, never trip on each other.
 */
@IntegrationTest
@SampleRegistry
class InboxScannerIntegrationTests {

	@Autowired
	InboxScanner scanner;

	@Autowired
	UnknownFolders unknownFolders;

	@TempDir
	Path dropRoot;

	@Test
	void concurrentPassesRecordTheSameUnregisteredFoldersWithoutConflict() throws Exception {
		Files.createDirectories(this.dropRoot.resolve("inbox/999999001"));
		Files.writeString(Files.createDirectories(this.dropRoot.resolve("inbox/999999002")).resolve("a.xlsx"), "x");
		DropZone dropZone = new DropZone(this.dropRoot);
		ExecutorService nodes = Executors.newFixedThreadPool(2);
		try {
			List<Future<List<InboxFile>>> passes = new ArrayList<>();
			Callable<List<InboxFile>> pass = () -> this.scanner.scan(dropZone);
			for (int i = 0; i < 40; i++) {
				passes.add(nodes.submit(pass));
			}
			for (Future<List<InboxFile>> done : passes) {
				assertThat(done.get()).isEmpty();
			}
		}
		finally {
			nodes.shutdownNow();
		}

		assertThat(this.unknownFolders.lines()).hasSize(2)
			.anySatisfy((line) -> assertThat(line).startsWith("999999001 (0 file(s)"))
			.anySatisfy((line) -> assertThat(line).startsWith("999999002 (1 file(s)"));
	}

}
