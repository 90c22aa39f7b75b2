package org.unionstats.validation;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.unionstats.support.DatabaseFailure;
import org.unionstats.registry.Period;
import org.unionstats.workbook.CellValueParser;
import org.unionstats.workbook.FacilityType;
import org.unionstats.workbook.HeaderLayout;
import org.unionstats.workbook.ReadLimits;
import org.unionstats.workbook.SheetCursor;
import org.unionstats.workbook.TemplateV1;
import org.unionstats.workbook.WorkbookOpener;
import org.unionstats.workbook.WorkbookReadException;
import org.unionstats.workbook.WorkbookSource;

/**
 * Reads and validates one submission as a stream of items: the profile with every
 * file-level and header issue, then one item per facility row (sheets in
 * {@link FacilityType} order), then the closing issues, then {@code null}.
 * <p>
 * Reading is deterministic, so a restart may re-open the file and skip the items already
 * processed.
 */
public final class ValidatingReader implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(ValidatingReader.class);

	private final Path file;

	private final IssueMessages messages;

	private final FileIssues fileIssues;

	private final List<Issue> closingIssues = new ArrayList<>();

	private final List<PlannedSheet> plan = new ArrayList<>();

	private final TooLongCells tooLongCells;

	private WorkbookSource source;

	private CellChecker checker;

	private LocalDate periodEnd;

	private LocalDate periodStart;

	private String unionOrgsCell;

	private ProfileItem profileItem;

	private State state = State.PROFILE;

	private int sheetIndex;

	private SheetCursor cursor;

	private FacilitySheetReader sheetReader;

	ValidatingReader(Path file, ValidationContext context, ReadLimits limits, IssueMessages messages) {
		this.file = file;
		this.messages = messages;
		this.fileIssues = new FileIssues(messages);
		this.tooLongCells = new TooLongCells(messages);
		List<Issue> issues = new ArrayList<>();
		try {
			this.source = new WorkbookOpener(limits).open(file);
			this.profileItem = new ProfileItem(readStructure(context, issues), issues, this.unionOrgsCell);
		}
		catch (RuntimeException ex) {
			rethrowIfDatabase(ex);
			issues.add(this.fileIssues.of(ex, null));
			logger.info("Cannot read {}: {}", file.getFileName(), ex.toString());
			this.plan.clear();
			this.profileItem = new ProfileItem(null, issues);
		}
	}

	/**
	 * The next item: the {@link ProfileItem} first, then {@link FacilityItem}s, then one
	 * {@link ClosingItem}, then {@code null}.
	 */
	public SubmissionItem next() {
		switch (this.state) {
			case PROFILE -> {
				this.state = State.FACILITIES;
				return this.profileItem;
			}
			case FACILITIES -> {
				FacilityItem item = nextFacility();
				if (item != null) {
					return item;
				}
				this.state = State.DONE;
				closeSheet();
				return new ClosingItem(this.closingIssues);
			}
			default -> {
				return null;
			}
		}
	}

	private org.unionstats.workbook.SubmissionProfile readStructure(ValidationContext context, List<Issue> issues) {
		Map<String, List<String>> sheets = sheetsByTrimmedName(this.source.sheetNames());
		this.checker = new CellChecker(this.messages, new CellValueParser(this.source.date1904()));
		org.unionstats.workbook.SubmissionProfile profile = null;
		String profileSheet = templateSheet(sheets, TemplateV1.PROFILE_SHEET, issues);
		if (profileSheet != null) {
			ProfileSheetReader.ProfileReading reading;
			try (SheetCursor profileCursor = this.tooLongCells.reporting(profileSheet,
					this.source.openSheet(profileSheet), issues)) {
				reading = new ProfileSheetReader(this.checker, this.messages).read(profileSheet, profileCursor,
						context.today(), issues);
			}
			if (reading != null) {
				profile = reading.profile();
				Period period = new ProfileRules(this.messages).check(reading, context, issues);
				this.periodEnd = (period != null) ? period.endsOn() : null;
				this.periodStart = (period != null) ? period.startsOn() : null;
				CellChecker.CellLocation unionOrgs = reading.locations().get("union_orgs");
				this.unionOrgsCell = (unionOrgs != null) ? unionOrgs.reference() : null;
			}
		}
		planFacilitySheets(sheets, issues);
		return profile;
	}

	private void planFacilitySheets(Map<String, List<String>> sheets, List<Issue> issues) {
		HeaderFinder finder = new HeaderFinder(this.messages);
		for (FacilityType type : FacilityType.values()) {
			String sheet = templateSheet(sheets, type.sheetName(), issues);
			if (sheet == null) {
				continue;
			}
			// Rows down to the header are reported here; the facility reader reports
			// those below.
			try (SheetCursor headerCursor = this.tooLongCells.reporting(sheet, this.source.openSheet(sheet), issues)) {
				HeaderLayout layout = finder.find(sheet, headerCursor, TemplateV1.columns(type), issues);
				if (layout != null) {
					this.plan.add(new PlannedSheet(type, sheet, layout));
				}
			}
		}
	}

	private FacilityItem nextFacility() {
		while (this.sheetIndex < this.plan.size()) {
			PlannedSheet planned = this.plan.get(this.sheetIndex);
			try {
				if (this.sheetReader == null) {
					this.cursor = this.source.openSheet(planned.sheet());
					this.sheetReader = new FacilitySheetReader(planned.type(), planned.sheet(), this.cursor,
							planned.layout(), this.checker, this.messages, this.periodStart, this.periodEnd);
				}
				FacilityItem item = this.sheetReader.next();
				if (item != null) {
					return item;
				}
				this.closingIssues.addAll(this.sheetReader.closingIssues());
			}
			catch (RuntimeException ex) {
				rethrowIfDatabase(ex);
				// The rest of the file cannot be trusted: report and stop reading.
				this.closingIssues.add(this.fileIssues.of(ex, planned.sheet()));
				logger.info("Stopped reading {} in sheet {}: {}", this.file.getFileName(), planned.sheet(),
						ex.toString());
				this.sheetIndex = this.plan.size();
			}
			closeSheet();
			this.sheetIndex++;
		}
		return null;
	}

	/**
	 * The one sheet standing for a template sheet, or {@code null} when there is none or
	 * more than one (the issue says so): of two candidates, neither is more likely the
	 * one meant, so nothing is taken from either.
	 */
	private String templateSheet(Map<String, List<String>> sheets, String templateName, List<Issue> issues) {
		List<String> candidates = sheets.getOrDefault(templateName, List.of());
		if (candidates.isEmpty()) {
			issues.add(this.messages.templateSheetIssue(IssueCode.SHEET_MISSING, templateName));
			return null;
		}
		if (candidates.size() > 1) {
			issues.add(this.messages.templateSheetIssue(IssueCode.SHEET_DUPLICATE, templateName, candidates.get(0),
					candidates.get(1)));
			return null;
		}
		return candidates.get(0);
	}

	private static Map<String, List<String>> sheetsByTrimmedName(List<String> names) {
		Map<String, List<String>> sheets = new LinkedHashMap<>();
		for (String name : names) {
			sheets.computeIfAbsent(name.strip(), (trimmed) -> new ArrayList<>()).add(name);
		}
		return sheets;
	}

	private void closeSheet() {
		if (this.cursor != null) {
			this.cursor.close();
		}
		this.cursor = null;
		this.sheetReader = null;
	}

	@Override
	public void close() {
		closeSheet();
		if (this.source != null) {
			this.source.close();
			this.source = null;
		}
		this.state = State.DONE;
	}

	/**
	 * A rule that looks up the registry or last period's figures can meet a dropped
	 * connection: that is no fault of the file, so it is not reported as one.
	 */
	private static void rethrowIfDatabase(RuntimeException ex) {
		if (DatabaseFailure.in(ex)) {
			throw ex;
		}
	}

	private enum State {

		PROFILE, FACILITIES, DONE

	}

	/** A facility sheet whose header was found, to be read in turn. */
	private record PlannedSheet(FacilityType type, String sheet, HeaderLayout layout) {

	}

	/**
	 * Turns a failure to read the user's file into the file-level issue it stands for.
	 */
	private record FileIssues(IssueMessages messages) {

		Issue of(RuntimeException ex, String sheet) {
			if (!(ex instanceof WorkbookReadException read)) {
				return this.messages.fileIssue(IssueCode.FILE_UNREADABLE);
			}
			return switch (read.problem()) {
				case FORMAT -> this.messages.fileIssue(IssueCode.FILE_FORMAT);
				case ENCRYPTED -> this.messages.fileIssue(IssueCode.FILE_ENCRYPTED);
				case UNREADABLE -> this.messages.fileIssue(IssueCode.FILE_UNREADABLE);
				case TOO_LARGE -> tooLarge(read, sheet);
			};
		}

		private Issue tooLarge(WorkbookReadException ex, String sheet) {
			String kind = (ex.limitKind() != null) ? ex.limitKind() : "size";
			Object limit = ("size".equals(kind) || "text".equals(kind)) ? bytes(ex.limit()) : ex.limit();
			String at = "rows".equals(kind) ? sheet : null;
			return this.messages.issueVariant(IssueCode.FILE_TOO_LARGE, kind, at, null, null, null, null, limit);
		}

		private static String bytes(long bytes) {
			return (bytes >= 1024 * 1024) ? (bytes / (1024 * 1024)) + " MiB" : (bytes / 1024) + " KiB";
		}

	}

}
