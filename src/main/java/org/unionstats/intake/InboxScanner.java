package org.unionstats.intake;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.unionstats.registry.FederationDirectory;
import org.unionstats.support.IndependentTransactions;

/**
 * Lists the candidate files of the inbox: regular files in registered federations'
 * folders, leaving out Office lock files, hidden and temporary files, and folders.
 * Symbolic links, FIFOs and other entries that are not regular files are never followed;
 * like unregistered folders, they are recorded for the pass output and {@code status}.
 */
@Component
class InboxScanner {

	private static final Logger logger = LoggerFactory.getLogger(InboxScanner.class);

	private final FederationDirectory directory;

	private final JdbcClient jdbc;

	private final IndependentTransactions transactions;

	InboxScanner(FederationDirectory directory, JdbcClient jdbc, IndependentTransactions transactions) {
		this.directory = directory;
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	List<InboxFile> scan(DropZone dropZone) throws IOException {
		Path inbox = dropZone.inbox();
		List<InboxFile> files = new ArrayList<>();
		if (!Files.isDirectory(inbox)) {
			return files;
		}
		Map<String, Integer> unknownFolders = new TreeMap<>();
		Map<String, String> skipped = new TreeMap<>();
		try (DirectoryStream<Path> folders = Files.newDirectoryStream(inbox)) {
			for (Path folder : folders) {
				if (isHidden(folder)) {
					continue;
				}
				if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
					skip(inbox, folder, skipped);
					continue;
				}
				String code = folder.getFileName().toString();
				List<InboxFile> found = list(code, folder, inbox, skipped);
				if (this.directory.find(code).isEmpty()) {
					unknownFolders.put(code, found.size());
				}
				else {
					files.addAll(found);
				}
			}
		}
		this.transactions.run(() -> record(unknownFolders, skipped));
		files.sort((a, b) -> Long.compare(a.modifiedMillis(), b.modifiedMillis()));
		return files;
	}

	private List<InboxFile> list(String code, Path folder, Path inbox, Map<String, String> skipped) throws IOException {
		List<InboxFile> files = new ArrayList<>();
		try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
			for (Path entry : entries) {
				BasicFileAttributes attributes = Files.readAttributes(entry, BasicFileAttributes.class,
						LinkOption.NOFOLLOW_LINKS);
				if (!isCandidate(entry) || attributes.isDirectory()) {
					continue;
				}
				if (attributes.isRegularFile()) {
					files.add(new InboxFile(code, entry, attributes.size(), attributes.lastModifiedTime().toMillis()));
				}
				else {
					skip(inbox, entry, skipped);
				}
			}
		}
		return files;
	}

	/**
	 * A symbolic link (to a file or a folder) or a FIFO, socket or device: never followed
	 * nor opened (a FIFO would block the pass, a link could read any file of the server).
	 */
	private static void skip(Path inbox, Path entry, Map<String, String> skipped) {
		String kind = Files.isSymbolicLink(entry) ? "SYMLINK" : "SPECIAL_FILE";
		skipped.put(inbox.relativize(entry).toString(), kind);
	}

	static boolean isCandidate(Path file) throws IOException {
		String name = file.getFileName().toString();
		String lower = name.toLowerCase(Locale.ROOT);
		return !name.startsWith("~$") && !lower.endsWith(".tmp") && !lower.endsWith(".part") && !isHidden(file);
	}

	private static boolean isHidden(Path path) throws IOException {
		return path.getFileName().toString().startsWith(".") || Files.isHidden(path);
	}

	/**
	 * Rewrites what the last pass saw. Passes of several nodes may run at once: rows are
	 * upserted, and those no longer seen deleted, so that neither trips on the other.
	 */
	private void record(Map<String, Integer> unknownFolders, Map<String, String> skipped) {
		unknownFolders.forEach((folder, count) -> {
			logger.warn("Inbox folder '{}' is not a registered federation: its {} file(s) are left untouched", folder,
					count);
			this.jdbc.sql("""
					INSERT INTO ops.unknown_folder (folder_name, file_count) VALUES (:folder, :count)
					ON CONFLICT (folder_name) DO UPDATE SET file_count = excluded.file_count, last_seen_at = now()""")
				.param("folder", folder)
				.param("count", count)
				.update();
		});
		this.jdbc.sql("DELETE FROM ops.unknown_folder WHERE NOT (folder_name = ANY (:seen))")
			.param("seen", unknownFolders.keySet().toArray(String[]::new))
			.update();
		skipped.forEach((entry, kind) -> {
			logger.warn("Inbox entry '{}' is not a regular file ({}): not followed", entry, kind);
			this.jdbc.sql("""
					INSERT INTO ops.skipped_entry (entry_path, kind) VALUES (:entry, :kind)
					ON CONFLICT (entry_path) DO UPDATE SET kind = excluded.kind, last_seen_at = now()""")
				.param("entry", entry)
				.param("kind", kind)
				.update();
		});
		this.jdbc.sql("DELETE FROM ops.skipped_entry WHERE NOT (entry_path = ANY (:seen))")
			.param("seen", skipped.keySet().toArray(String[]::new))
			.update();
	}

}
