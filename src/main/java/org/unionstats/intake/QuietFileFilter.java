package org.unionstats.intake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import org.unionstats.UnionStatsProperties;

/**
 * Keeps the files that stayed unchanged in size and modification time over the quiet
 * time. Age alone is not enough: a Windows copy can keep an old modification time while
 * the file is still growing.
 */
@Component
class QuietFileFilter {

	private final Duration quietTime;

	QuietFileFilter(UnionStatsProperties properties) {
		this.quietTime = properties.quietTime();
	}

	List<InboxFile> complete(List<InboxFile> candidates) throws IOException {
		if (candidates.isEmpty()) {
			return candidates;
		}
		if (!this.quietTime.isZero()) {
			try {
				Thread.sleep(this.quietTime.toMillis());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return List.of();
			}
		}
		List<InboxFile> complete = new ArrayList<>();
		for (InboxFile file : candidates) {
			if (unchanged(file)) {
				complete.add(file);
			}
		}
		return complete;
	}

	static boolean unchanged(InboxFile file) throws IOException {
		try {
			BasicFileAttributes now = Files.readAttributes(file.path(), BasicFileAttributes.class,
					LinkOption.NOFOLLOW_LINKS);
			return now.size() == file.size() && now.lastModifiedTime().toMillis() == file.modifiedMillis();
		}
		catch (NoSuchFileException ex) {
			return false;
		}
	}

}
