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

/**
 * Lists the candidate files of the inbox: regular files in registered federations'
 * folders, leaving out Office lock files, hidden and temporary files, folders and links.
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
		try (DirectoryStream<Path> folders = Files.newDirectoryStream(inbox)) {
			for (Path folder : folders) {
				if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS) || isHidden(folder)) {
					continue;
				}
				String code = folder.getFileName().toString();
				List<InboxFile> found = list(code, folder);
				if (this.directory.find(code).isEmpty()) {
					unknownFolders.put(code, found.size());
				}
				else {
					files.addAll(found);
				}
			}
		}
		this.transactions.run(() -> recordUnknown(unknownFolders));
		files.sort((a, b) -> Long.compare(a.modifiedMillis(), b.modifiedMillis()));
		return files;
	}

	private List<InboxFile> list(String code, Path folder) throws IOException {
		List<InboxFile> files = new ArrayList<>();
		try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
			for (Path entry : entries) {
				BasicFileAttributes attributes = Files.readAttributes(entry, BasicFileAttributes.class,
						LinkOption.NOFOLLOW_LINKS);
				if (attributes.isRegularFile() && isCandidate(entry)) {
					files.add(new InboxFile(code, entry, attributes.size(), attributes.lastModifiedTime().toMillis()));
				}
			}
		}
		return files;
	}

	static boolean isCandidate(Path file) throws IOException {
		String name = file.getFileName().toString();
		String lower = name.toLowerCase(Locale.ROOT);
		return !name.startsWith("~$") && !lower.endsWith(".tmp") && !lower.endsWith(".part") && !isHidden(file);
	}

	private static boolean isHidden(Path path) throws IOException {
		return path.getFileName().toString().startsWith(".") || Files.isHidden(path);
	}

	private void recordUnknown(Map<String, Integer> unknownFolders) {
		this.jdbc.sql("DELETE FROM ops.unknown_folder").update();
		unknownFolders.forEach((folder, count) -> {
			logger.warn("Inbox folder '{}' is not a registered federation: its {} file(s) are left untouched", folder,
					count);
			this.jdbc.sql("INSERT INTO ops.unknown_folder (folder_name, file_count) VALUES (:folder, :count)")
				.param("folder", folder)
				.param("count", count)
				.update();
		});
	}

}
