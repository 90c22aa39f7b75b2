package org.unionstats.ingest;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import org.unionstats.intake.FileOutcome;
import org.unionstats.support.FilesUnder;
import org.unionstats.support.IntegrationTest;
import org.unionstats.support.SampleRegistry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unionstats.support.Submissions.drop;
import static org.unionstats.support.Submissions.profile;
import static org.unionstats.support.Submissions.serviceStation;

/**
 * A file is taken only once it stayed unchanged in size and modification time over the
 * quiet time: one still being written is left in the inbox, untouched, for the next pass.
 */
@IntegrationTest
@SampleRegistry
@TestPropertySource(properties = "unionstats.quiet-time=1s")
class QuietTimeIntegrationTests {

	static final String TIANQIAO = "110102014";

	@Autowired
	IngestLauncher launcher;

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path dropRoot;

	@TempDir
	Path elsewhere;

	@ParameterizedTest
	@EnumSource(Copy.class)
	void aFileStillBeingWrittenIsLeftForTheNextPass(Copy copy) throws Exception {
		byte[] workbook = Files.readAllBytes(drop(this.elsewhere, TIANQIAO, "天桥.xlsx",
				profile(TIANQIAO, "天桥街道", "西城区", "2017", 844, 5567), List.of(serviceStation("S1", "天桥服务站", "运行"))));
		Path file = this.dropRoot.resolve("inbox").resolve(TIANQIAO).resolve("天桥.xlsx");

		try (SlowCopy writing = new SlowCopy(copy, file, workbook)) {
			IngestSummary during = this.launcher.runOnce(this.dropRoot);

			assertThat(during.completed()).isTrue();
			assertThat(during.files()).isEmpty();
			assertThat(this.jdbc.sql("SELECT count(*) FROM ops.submission").query(Integer.class).single()).isZero();
			assertThat(FilesUnder.list(this.dropRoot)).containsExactly("inbox/" + TIANQIAO + "/天桥.xlsx");
			for (String folder : List.of("archive", "rejected", "duplicates", "feedback")) {
				assertThat(this.dropRoot.resolve(folder)).doesNotExist();
			}
		}
		assertThat(file).hasBinaryContent(workbook);

		IngestSummary next = this.launcher.runOnce(this.dropRoot);

		assertThat(next.files()).singleElement().extracting(FileOutcome::outcome).isEqualTo("ACCEPTED");
		assertThat(file).doesNotExist();
		assertThat(this.jdbc.sql("SELECT count(*) FROM ops.submission").query(Integer.class).single()).isOne();
	}

	/** How a file arrives in the inbox. */
	enum Copy {

		/**
		 * It grows while keeping the original's old modification time, as a Windows copy
		 * does: only its size tells it is not complete.
		 */
		GROWING_WITH_AN_OLD_MODIFICATION_TIME,

		/**
		 * It has its full size from the start while its bytes are filled in, as a
		 * preallocating copy does: only its modification time tells.
		 */
		FULL_SIZE_FROM_THE_START

	}

	/**
	 * Writes a file a few bytes every 50 ms, as a slow copy over the network does, until
	 * closed; closing writes the rest.
	 */
	private static final class SlowCopy implements AutoCloseable {

		private static final int BLOCK = 16;

		private static final FileTime ORIGINAL_TIME = FileTime.from(Instant.parse("2018-01-05T08:00:00Z"));

		private final Copy copy;

		private final Path target;

		private final byte[] bytes;

		private final Thread writer;

		private volatile boolean closing;

		private int written;

		SlowCopy(Copy copy, Path target, byte[] bytes) throws IOException {
			this.copy = copy;
			this.target = target;
			this.bytes = bytes;
			Files.createDirectories(target.getParent());
			if (copy == Copy.FULL_SIZE_FROM_THE_START) {
				try (RandomAccessFile file = new RandomAccessFile(target.toFile(), "rw")) {
					file.setLength(bytes.length);
				}
			}
			write(BLOCK);
			this.writer = new Thread(this::writeSlowly, "slow-copy");
			this.writer.setDaemon(true);
			this.writer.start();
		}

		private void writeSlowly() {
			try {
				// Always leave something for close(): the file must not be complete
				// early.
				while (!this.closing && this.written + BLOCK < this.bytes.length) {
					Thread.sleep(50);
					write(BLOCK);
				}
			}
			catch (InterruptedException | IOException ex) {
				throw new IllegalStateException(ex);
			}
		}

		private synchronized void write(int length) throws IOException {
			try (FileChannel channel = FileChannel.open(this.target, StandardOpenOption.CREATE,
					StandardOpenOption.WRITE)) {
				channel.write(ByteBuffer.wrap(this.bytes, this.written, length), this.written);
			}
			this.written += length;
			if (this.copy == Copy.GROWING_WITH_AN_OLD_MODIFICATION_TIME) {
				Files.setLastModifiedTime(this.target, ORIGINAL_TIME);
			}
		}

		@Override
		public void close() throws Exception {
			this.closing = true;
			this.writer.join();
			write(this.bytes.length - this.written);
		}

	}

}
