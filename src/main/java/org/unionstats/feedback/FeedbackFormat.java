package org.unionstats.feedback;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * The file format of a feedback workbook, which follows the content of the original.
 */
public enum FeedbackFormat {

	/**
	 * Office Open XML, for {@code .xlsx} originals and for anything that is not a
	 * workbook.
	 */
	XLSX("xlsx"),

	/**
	 * BIFF8, for legacy {@code .xls} originals, so the annotated copy opens where the
	 * original did.
	 */
	XLS("xls");

	private final String extension;

	FeedbackFormat(String extension) {
		this.extension = extension;
	}

	/** The file extension, without the dot. */
	public String extension() {
		return this.extension;
	}

	/**
	 * The format of the feedback for an original, judged by content: an OLE2 file holding
	 * a BIFF8 workbook stream gives {@code XLS}, everything else (including an encrypted
	 * {@code .xlsx}, which is an OLE2 container too) gives {@code XLSX}.
	 */
	static FeedbackFormat of(Path original) {
		try {
			if (Files.isRegularFile(original) && FileMagic.valueOf(original.toFile()) == FileMagic.OLE2
					&& holdsBiffWorkbook(original)) {
				return XLS;
			}
		}
		catch (IOException | RuntimeException ex) {
			// An unreadable original gets the default format; the caller learns why from
			// its issues
		}
		return XLSX;
	}

	private static boolean holdsBiffWorkbook(Path original) throws IOException {
		try (POIFSFileSystem fs = new POIFSFileSystem(original.toFile(), true)) {
			DirectoryNode root = fs.getRoot();
			return root.hasEntry("Workbook") || root.hasEntry("WORKBOOK");
		}
	}

}
