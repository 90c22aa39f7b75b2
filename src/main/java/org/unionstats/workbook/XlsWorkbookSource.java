package org.unionstats.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.record.BoundSheetRecord;
import org.apache.poi.hssf.record.DateWindow1904Record;
import org.apache.poi.hssf.record.EOFRecord;
import org.apache.poi.hssf.record.ExtendedFormatRecord;
import org.apache.poi.hssf.record.FilePassRecord;
import org.apache.poi.hssf.record.FormatRecord;
import org.apache.poi.hssf.record.Record;
import org.apache.poi.hssf.record.RecordFactoryInputStream;
import org.apache.poi.hssf.record.SSTRecord;
import org.apache.poi.poifs.filesystem.DocumentInputStream;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * A legacy .xls (BIFF8) workbook read record by record: the workbook globals once, then
 * each sheet from its own BOF position.
 */
final class XlsWorkbookSource implements WorkbookSource {

	private static final String WORKBOOK_STREAM = "Workbook";

	private final POIFSFileSystem fs;

	private final String stream;

	private final List<String> sheetNames;

	/** The BOF position of each sheet name; of a name given twice, the first. */
	private final Map<String, Integer> sheetPositions;

	private final boolean date1904;

	private final SSTRecord sharedStrings;

	private final boolean[] dateStyles;

	private final ReadLimits limits;

	private XlsWorkbookSource(POIFSFileSystem fs, String stream, List<String> sheetNames,
			Map<String, Integer> sheetPositions, boolean date1904, SSTRecord sharedStrings, boolean[] dateStyles,
			ReadLimits limits) {
		this.fs = fs;
		this.stream = stream;
		this.sheetNames = sheetNames;
		this.sheetPositions = sheetPositions;
		this.date1904 = date1904;
		this.sharedStrings = sharedStrings;
		this.dateStyles = dateStyles;
		this.limits = limits;
	}

	static XlsWorkbookSource open(POIFSFileSystem fs, ReadLimits limits) throws IOException {
		String stream = streamName(fs);
		List<String> names = new ArrayList<>();
		Map<String, Integer> positions = new LinkedHashMap<>();
		Map<Integer, String> formats = new HashMap<>();
		List<Integer> xfFormats = new ArrayList<>();
		boolean date1904 = false;
		SSTRecord sst = null;
		try (InputStream in = fs.createDocumentInputStream(stream)) {
			RecordFactoryInputStream records = new RecordFactoryInputStream(in, false);
			Record record;
			while ((record = records.nextRecord()) != null) {
				if (record instanceof EOFRecord) {
					break;
				}
				if (record instanceof FilePassRecord) {
					throw new EncryptedDocumentException("Encrypted xls");
				}
				if (record instanceof BoundSheetRecord sheet) {
					names.add(sheet.getSheetname());
					positions.putIfAbsent(sheet.getSheetname(), sheet.getPositionOfBof());
				}
				else if (record instanceof SSTRecord table) {
					if (table.getNumUniqueStrings() > limits.maxSharedStrings()) {
						throw WorkbookReadException.tooLarge("strings", limits.maxSharedStrings(),
								"Too many shared strings");
					}
					sst = table;
				}
				else if (record instanceof DateWindow1904Record window) {
					date1904 = window.getWindowing() == 1;
				}
				else if (record instanceof FormatRecord format) {
					formats.put(format.getIndexCode(), format.getFormatString());
				}
				else if (record instanceof ExtendedFormatRecord xf) {
					xfFormats.add((int) xf.getFormatIndex());
				}
			}
		}
		return new XlsWorkbookSource(fs, stream, names, positions, date1904, sst, dateStyles(xfFormats, formats),
				limits);
	}

	private static String streamName(POIFSFileSystem fs) {
		for (String name : fs.getRoot().getEntryNames()) {
			if (WORKBOOK_STREAM.equalsIgnoreCase(name)) {
				return name;
			}
		}
		return WORKBOOK_STREAM;
	}

	private static boolean[] dateStyles(List<Integer> xfFormats, Map<Integer, String> formats) {
		boolean[] dates = new boolean[xfFormats.size()];
		for (int i = 0; i < dates.length; i++) {
			int index = xfFormats.get(i);
			String format = formats.getOrDefault(index, BuiltinFormats.getBuiltinFormat(index));
			dates[i] = DateUtil.isADateFormat(index, format);
		}
		return dates;
	}

	@Override
	public List<String> sheetNames() {
		return List.copyOf(this.sheetNames);
	}

	@Override
	public boolean date1904() {
		return this.date1904;
	}

	@Override
	public SheetCursor openSheet(String name) {
		Integer position = this.sheetPositions.get(name);
		if (position == null) {
			throw new IllegalArgumentException("No sheet " + name);
		}
		try {
			DocumentInputStream in = this.fs.createDocumentInputStream(this.stream);
			if (position < 0 || in.skip(position) != position) {
				in.close();
				throw new WorkbookReadException(WorkbookProblem.UNREADABLE, "Sheet position outside the stream");
			}
			return new XlsSheetCursor(in, new RecordFactoryInputStream(in, false), this.sharedStrings, this.dateStyles,
					this.limits.maxRowsPerSheet());
		}
		catch (WorkbookReadException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new WorkbookReadException(WorkbookProblem.UNREADABLE, WorkbookOpener.describe(ex), ex);
		}
	}

	@Override
	public void close() {
		try {
			this.fs.close();
		}
		catch (IOException ex) {
			// Opened read-only: nothing to flush.
		}
	}

}
