package org.unionstats.intake;

import java.nio.file.Path;

/**
 * A file seen in a federation's inbox folder, with what identifies its version.
 */
record InboxFile(String folderCode, Path path, long size, long modifiedMillis) {

	String name() {
		return this.path.getFileName().toString();
	}

}
