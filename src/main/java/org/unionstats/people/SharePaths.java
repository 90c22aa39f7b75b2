package org.unionstats.people;

import org.jspecify.annotations.Nullable;

import org.unionstats.UnionStatsProperties;

/**
 * The drop zone's folders as a federation's clerk sees them: under the share path when
 * one is configured ({@code \\files\drop\inbox\110102020}), else relative to the share
 * ({@code inbox\110102020}). The server's own path means nothing on a clerk's Windows
 * machine.
 *
 * @param sharePath the drop root as federations see it, or {@code null}
 */
public record SharePaths(@Nullable String sharePath) {

	public static SharePaths of(UnionStatsProperties properties) {
		return new SharePaths(properties.sharePath());
	}

	/** Where a federation drops its workbooks. */
	public String inbox(String federationCode) {
		return folder("inbox", federationCode);
	}

	/** Where a federation finds its feedback. */
	public String feedback(String federationCode) {
		return folder("feedback", federationCode);
	}

	private String folder(String area, String federationCode) {
		String separator = separator();
		String relative = area + separator + federationCode;
		if (this.sharePath == null || this.sharePath.isBlank()) {
			return relative;
		}
		String root = this.sharePath.strip();
		while (root.length() > 1 && (root.endsWith("\\") || root.endsWith("/"))) {
			root = root.substring(0, root.length() - 1);
		}
		return root + separator + relative;
	}

	/**
	 * A share given with forward slashes ({@code smb://files/unionstats},
	 * {@code /Volumes/unionstats}) keeps them; otherwise Windows' backslash, which is
	 * what most clerks use.
	 */
	private String separator() {
		boolean slashes = this.sharePath != null && this.sharePath.contains("/") && !this.sharePath.contains("\\");
		return slashes ? "/" : "\\";
	}

}
