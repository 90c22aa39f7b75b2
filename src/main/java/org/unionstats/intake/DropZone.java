package org.unionstats.intake;

import java.nio.file.Path;

/**
 * The folders of the drop zone, as fixed by the contract.
 */
public record DropZone(Path root) {

	public Path inbox() {
		return this.root.resolve("inbox");
	}

	public Path archive(String period, String federationCode) {
		return this.root.resolve("archive").resolve(period).resolve(federationCode);
	}

	public Path rejected(String federationCode) {
		return this.root.resolve("rejected").resolve(federationCode);
	}

	public Path duplicates(String federationCode) {
		return this.root.resolve("duplicates").resolve(federationCode);
	}

	public Path feedback(String federationCode) {
		return this.root.resolve("feedback").resolve(federationCode);
	}

	/**
	 * Files whose handling kept failing for reasons not their own, each with a reason.
	 */
	public Path failed(String federationCode) {
		return this.root.resolve("failed").resolve(federationCode);
	}

	public Path reports(String period) {
		return this.root.resolve("reports").resolve(period);
	}

	/** Private copies of claimed files, read instead of the inbox original. */
	public Path work(long submissionId) {
		return this.root.resolve(".work").resolve(Long.toString(submissionId));
	}

}
