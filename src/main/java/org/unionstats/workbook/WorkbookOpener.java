package org.unionstats.workbook;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Opens a submission workbook as a stream, choosing the format by content (never by
 * extension) and refusing oversized, encrypted or foreign files before reading rows.
 */
public final class WorkbookOpener {

	/** No single part of a legitimate workbook inflates beyond this. */
	private static final long MAX_ENTRY_SIZE = 2L * 1024 * 1024 * 1024;

	/** POI's default: an entry that inflates more than 100 times is a zip bomb. */
	private static final double MIN_INFLATE_RATIO = 0.01;

	static {
		// The guard is global in POI: only ever tighten it, so other code keeps its own
		// settings if stricter.
		if (ZipSecureFile.getMinInflateRatio() < MIN_INFLATE_RATIO) {
			ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
		}
		if (ZipSecureFile.getMaxEntrySize() > MAX_ENTRY_SIZE) {
			ZipSecureFile.setMaxEntrySize(MAX_ENTRY_SIZE);
		}
	}

	private final ReadLimits limits;

	public WorkbookOpener(ReadLimits limits) {
		this.limits = limits;
	}

	/**
	 * Opens the file.
	 * @throws WorkbookReadException with the reason the workbook cannot be read
	 */
	public WorkbookSource open(Path file) {
		long size = size(file);
		if (size > this.limits.maxFileSize()) {
			throw WorkbookReadException.tooLarge("size", this.limits.maxFileSize(), "File has " + size + " bytes");
		}
		FileMagic magic = magic(file);
		try {
			return switch (magic) {
				case OOXML -> XlsxWorkbookSource.open(file.toFile(), this.limits);
				case OLE2 -> openOle2(file);
				default -> throw new WorkbookReadException(WorkbookProblem.FORMAT, "Content is " + magic);
			};
		}
		catch (WorkbookReadException ex) {
			throw ex;
		}
		catch (EncryptedDocumentException ex) {
			throw new WorkbookReadException(WorkbookProblem.ENCRYPTED, "Encrypted workbook", ex);
		}
		catch (Exception ex) {
			throw new WorkbookReadException(WorkbookProblem.UNREADABLE, describe(ex), ex);
		}
	}

	private WorkbookSource openOle2(Path file) throws IOException {
		POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true);
		try {
			DirectoryNode root = fs.getRoot();
			// An encrypted .xlsx is an OLE2 container holding the encrypted package.
			if (root.hasEntryCaseInsensitive("EncryptionInfo") || root.hasEntryCaseInsensitive("EncryptedPackage")) {
				throw new WorkbookReadException(WorkbookProblem.ENCRYPTED, "Encrypted OOXML package");
			}
			if (!root.hasEntryCaseInsensitive("Workbook")) {
				// "Book" is the BIFF5 stream of Excel 95 and older, which we do not read.
				throw new WorkbookReadException(WorkbookProblem.FORMAT, "OLE2 file without a BIFF8 workbook");
			}
			return XlsWorkbookSource.open(fs, this.limits);
		}
		catch (RuntimeException | IOException ex) {
			fs.close();
			throw ex;
		}
	}

	private static long size(Path file) {
		try {
			return Files.size(file);
		}
		catch (IOException ex) {
			throw new WorkbookReadException(WorkbookProblem.UNREADABLE, "Cannot read file size", ex);
		}
	}

	private static FileMagic magic(Path file) {
		try {
			return FileMagic.valueOf(file.toFile());
		}
		catch (IOException | RuntimeException ex) {
			throw new WorkbookReadException(WorkbookProblem.FORMAT, "Cannot recognise content", ex);
		}
	}

	static String describe(Throwable ex) {
		String message = ex.getMessage();
		return ex.getClass().getSimpleName() + ((message != null) ? ": " + abbreviate(message) : "");
	}

	private static String abbreviate(String message) {
		return (message.length() > 300) ? message.substring(0, 300) + "..." : message;
	}

}
