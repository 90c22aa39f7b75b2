package org.unionstats.support;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.unionstats.workbook.ColumnSpec;
import org.unionstats.workbook.FacilityType;
import org.unionstats.workbook.TemplateV1;
import org.unionstats.workbook.TemplateV2;

/**
 * Writes template-v1 submission workbooks for tests: valid by default (广安门外街道 110102020,
 * 西城区, period 2017, the spec's worked example, two facilities a sheet), with fluent
 * overrides to break or bend them.
 * <p>
 * Cell values are given as Java values: {@code String} (a text cell), {@code Number},
 * {@code LocalDate} (a date-formatted number), {@code Boolean}, {@code null} (no cell),
 * or {@link #error}, {@link #formula} and {@link #formulaResult}. Rows are maps from the
 * template header to the value, built with {@link #row}.
 *
 * <pre>
 * Path file = SubmissionWorkbookBuilder.valid()
 * 	.profile("会员人数", 100)
 * 	.addRow(FacilityType.SERVICE_STATION, row("编号", "S009", "名称", "新站", "地址", "某路1号", "面积（平方米）", -5))
 * 	.writeTo(tempDir);
 * </pre>
 */
public final class SubmissionWorkbookBuilder {

	private final Map<String, Object> profile = new LinkedHashMap<>();

	private final Map<FacilityType, List<Map<String, Object>>> rows = new EnumMap<>(FacilityType.class);

	private final Map<FacilityType, List<String>> columnOrder = new EnumMap<>(FacilityType.class);

	private final Map<String, String> writtenHeaders = new HashMap<>();

	private final Map<FacilityType, Object> totals = new EnumMap<>(FacilityType.class);

	private final Map<String, String> writtenSheetNames = new HashMap<>();

	private final List<String> droppedSheets = new ArrayList<>();

	private final List<String> extraSheets = new ArrayList<>();

	private final List<String> titleRows = new ArrayList<>();

	private boolean xls;

	private boolean date1904;

	private SubmissionWorkbookBuilder() {
	}

	/**
	 * A valid submission of 广安门外街道 for 2017 (accepted with the ORG_SUM warning of the
	 * spec).
	 */
	public static SubmissionWorkbookBuilder valid() {
		SubmissionWorkbookBuilder builder = new SubmissionWorkbookBuilder();
		Object[] values = { "1", "110102020", "广安门外街道", "西城区", "2017", "张丽", "13812345678", LocalDate.of(2018, 1, 15),
				2135, 138, 30, 2, 1997, 9171, 12, 3380, 3839, 7603, 150, 45000.5 };
		List<ColumnSpec> fields = TemplateV1.PROFILE_FIELDS;
		for (int i = 0; i < fields.size(); i++) {
			builder.profile.put(fields.get(i).header(), values[i]);
		}
		for (FacilityType type : FacilityType.values()) {
			builder.rows.put(type, new ArrayList<>(defaultRows(type)));
			builder.columnOrder.put(type, TemplateV1.columns(type).stream().map(ColumnSpec::header).toList());
		}
		return builder;
	}

	/** A row: header, value, header, value ...; no arguments gives a blank row. */
	public static Map<String, Object> row(Object... headersAndValues) {
		Map<String, Object> row = new LinkedHashMap<>();
		for (int i = 0; i < headersAndValues.length; i += 2) {
			row.put((String) headersAndValues[i], headersAndValues[i + 1]);
		}
		return row;
	}

	/** A cell holding an Excel error value such as {@code #REF!}. */
	public static Object error(FormulaError error) {
		return new ErrorValue(error);
	}

	/** A formula cell saved without its result (as written by a program). */
	public static Object formula(String formula) {
		return new FormulaValue(formula, null);
	}

	/** A formula cell with its cached numeric result. */
	public static Object formulaResult(String formula, double result) {
		return new FormulaValue(formula, result);
	}

	/**
	 * Sets a profile field by its label (e.g. {@code 会员人数}); {@code null} leaves the
	 * value blank.
	 */
	public SubmissionWorkbookBuilder profile(String label, Object value) {
		this.profile.put(label, value);
		return this;
	}

	/**
	 * Makes the workbook a template v2 one, with the special-work figures of 广安门外街道 (2
	 * national and 10 municipal model workers, as the seeds report).
	 */
	public SubmissionWorkbookBuilder v2() {
		this.profile.put("模板版本", "2");
		Object[] values = { 40, 20, 90, 21, 380, 2, 10, 125, 113, 118 };
		for (int i = 0; i < values.length; i++) {
			this.profile.put(TemplateV2.SPECIAL_WORK_FIELDS.get(i).header(), values[i]);
		}
		return this;
	}

	/** Leaves a profile field's row out altogether. */
	public SubmissionWorkbookBuilder withoutProfileField(String label) {
		this.profile.remove(label);
		return this;
	}

	/** Replaces the data rows of a sheet. */
	@SafeVarargs
	public final SubmissionWorkbookBuilder rows(FacilityType type, Map<String, Object>... rows) {
		this.rows.put(type, new ArrayList<>(List.of(rows)));
		return this;
	}

	/** Adds a data row at the end of a sheet. */
	public SubmissionWorkbookBuilder addRow(FacilityType type, Map<String, Object> row) {
		this.rows.get(type).add(row);
		return this;
	}

	/** Changes one value of the n-th (0-based) default or given row of a sheet. */
	public SubmissionWorkbookBuilder set(FacilityType type, int index, String header, Object value) {
		Map<String, Object> row = new LinkedHashMap<>(this.rows.get(type).get(index));
		row.put(header, value);
		this.rows.get(type).set(index, row);
		return this;
	}

	/** Writes the header row with these columns in this order (others left out). */
	public SubmissionWorkbookBuilder columnOrder(FacilityType type, String... headers) {
		this.columnOrder.put(type, List.of(headers));
		return this;
	}

	/** Leaves a column out of a sheet. */
	public SubmissionWorkbookBuilder withoutColumn(FacilityType type, String header) {
		List<String> columns = new ArrayList<>(this.columnOrder.get(type));
		columns.remove(header);
		this.columnOrder.put(type, columns);
		return this;
	}

	/**
	 * Writes a template header (in every sheet) with another spelling, e.g. full-width.
	 */
	public SubmissionWorkbookBuilder header(String templateHeader, String written) {
		this.writtenHeaders.put(templateHeader, written);
		return this;
	}

	/** Adds a {@code 合计} row at the end of a sheet with this count. */
	public SubmissionWorkbookBuilder totalsRow(FacilityType type, Object count) {
		this.totals.put(type, count);
		return this;
	}

	/**
	 * Title rows above the header of every facility sheet (an empty string leaves a blank
	 * row).
	 */
	public SubmissionWorkbookBuilder titleRows(String... titles) {
		this.titleRows.addAll(List.of(titles));
		return this;
	}

	/** Leaves a sheet out, by its template name. */
	public SubmissionWorkbookBuilder withoutSheet(String sheetName) {
		this.droppedSheets.add(sheetName);
		return this;
	}

	/** Writes a template sheet under another name (e.g. with spaces around it). */
	public SubmissionWorkbookBuilder sheetName(String templateName, String written) {
		this.writtenSheetNames.put(templateName, written);
		return this;
	}

	/** Adds an unrelated sheet first (e.g. {@code 填报说明}). */
	public SubmissionWorkbookBuilder extraSheet(String name) {
		this.extraSheets.add(name);
		return this;
	}

	/** Writes a legacy .xls (HSSF) instead of .xlsx. */
	public SubmissionWorkbookBuilder xls() {
		this.xls = true;
		return this;
	}

	/** Uses the 1904 date system (.xlsx only). */
	public SubmissionWorkbookBuilder date1904() {
		this.date1904 = true;
		return this;
	}

	/** Writes {@code submission.xlsx} (or {@code .xls}) into the directory. */
	public Path writeTo(Path directory) {
		return writeTo(directory, this.xls ? "submission.xls" : "submission.xlsx");
	}

	public Path writeTo(Path directory, String fileName) {
		Path file = directory.resolve(fileName);
		try (Workbook workbook = this.xls ? new HSSFWorkbook() : new XSSFWorkbook();
				OutputStream out = Files.newOutputStream(file)) {
			build(workbook);
			workbook.write(out);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return file;
	}

	/** Fills a new workbook, for tests that need to post-process it (e.g. encrypt). */
	public void build(Workbook workbook) {
		if (this.date1904) {
			if (!(workbook instanceof XSSFWorkbook xssf)) {
				throw new UnsupportedOperationException("1904 dates are written for .xlsx only");
			}
			var workbookPr = xssf.getCTWorkbook().isSetWorkbookPr() ? xssf.getCTWorkbook().getWorkbookPr()
					: xssf.getCTWorkbook().addNewWorkbookPr();
			workbookPr.setDate1904(true);
		}
		CellStyle dateStyle = workbook.createCellStyle();
		dateStyle.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
		for (String extra : this.extraSheets) {
			workbook.createSheet(extra).createRow(0).createCell(0).setCellValue("请按模板填报");
		}
		writeProfile(workbook, dateStyle);
		for (FacilityType type : FacilityType.values()) {
			if (!this.droppedSheets.contains(type.sheetName())) {
				writeFacilities(workbook, type, dateStyle);
			}
		}
	}

	private void writeProfile(Workbook workbook, CellStyle dateStyle) {
		if (this.droppedSheets.contains(TemplateV1.PROFILE_SHEET)) {
			return;
		}
		Sheet sheet = workbook.createSheet(sheetName(TemplateV1.PROFILE_SHEET));
		Row header = sheet.createRow(0);
		header.createCell(0).setCellValue(TemplateV1.PROFILE_LABEL_HEADER);
		header.createCell(1).setCellValue(TemplateV1.PROFILE_VALUE_HEADER);
		int index = 1;
		for (Map.Entry<String, Object> field : this.profile.entrySet()) {
			Row row = sheet.createRow(index++);
			row.createCell(0).setCellValue(field.getKey());
			write(row, 1, field.getValue(), dateStyle);
		}
	}

	private void writeFacilities(Workbook workbook, FacilityType type, CellStyle dateStyle) {
		Sheet sheet = workbook.createSheet(sheetName(type.sheetName()));
		int index = 0;
		for (String title : this.titleRows) {
			Row row = sheet.createRow(index++);
			if (!title.isEmpty()) {
				row.createCell(0).setCellValue(title);
			}
		}
		List<String> columns = this.columnOrder.get(type);
		Row header = sheet.createRow(index++);
		for (int c = 0; c < columns.size(); c++) {
			header.createCell(c).setCellValue(this.writtenHeaders.getOrDefault(columns.get(c), columns.get(c)));
		}
		for (Map<String, Object> values : this.rows.get(type)) {
			Row row = sheet.createRow(index++);
			for (int c = 0; c < columns.size(); c++) {
				write(row, c, values.get(columns.get(c)), dateStyle);
			}
		}
		if (this.totals.containsKey(type)) {
			Row row = sheet.createRow(index);
			row.createCell(0).setCellValue("合计");
			write(row, 1, this.totals.get(type), dateStyle);
		}
	}

	private String sheetName(String templateName) {
		return this.writtenSheetNames.getOrDefault(templateName, templateName);
	}

	private static void write(Row row, int column, Object value, CellStyle dateStyle) {
		if (value == null) {
			return;
		}
		Cell cell = row.createCell(column);
		if (value instanceof String text) {
			cell.setCellValue(text);
		}
		else if (value instanceof Number number) {
			cell.setCellValue(number.doubleValue());
		}
		else if (value instanceof LocalDate date) {
			cell.setCellValue(date);
			cell.setCellStyle(dateStyle);
		}
		else if (value instanceof Boolean bool) {
			cell.setCellValue(bool);
		}
		else if (value instanceof ErrorValue error) {
			cell.setCellErrorValue(error.error().getCode());
		}
		else if (value instanceof FormulaValue formula) {
			cell.setCellFormula(formula.formula());
			if (formula.result() != null) {
				cell.setCellValue(formula.result());
			}
		}
		else {
			throw new IllegalArgumentException("Unsupported cell value " + value.getClass());
		}
	}

	private static List<Map<String, Object>> defaultRows(FacilityType type) {
		return switch (type) {
			case SERVICE_STATION -> List.of(
					row("编号", "S001", "名称", "广安门外街道总工会服务站", "地址", "北京市西城区广安门外大街1号", "面积（平方米）", 120.5, "工作人员数", 3,
							"启用日期", LocalDate.of(2016, 3, 1), "户外劳动者服务", "是", "状态", "运行"),
					row("编号", "S002", "名称", "湾子社区工会服务站", "地址", "北京市西城区湾子街8号", "面积（平方米）", 60, "工作人员数", 1, "启用日期",
							LocalDate.of(2017, 4, 20), "户外劳动者服务", "否"));
			case WARM_STATION -> List.of(
					row("编号", "W001", "名称", "广外加油站暖心驿站", "地址", "北京市西城区广安门外南街2号", "依托单位", "中国石化广外加油站", "服务项目",
							"饮水、热饭、充电", "启用日期", LocalDate.of(2017, 5, 10), "状态", "运行"),
					row("编号", "W002", "名称", "红莲南路暖心驿站", "地址", "北京市西城区红莲南路30号", "服务项目", "饮水,休息", "状态", "暂停"));
			case WORKER_HOME -> List.of(
					row("编号", "H001", "名称", "天宁寺社区职工之家", "所在单位", "天宁寺社区联合工会", "级别", "市级模范", "覆盖会员数", 320, "建成日期",
							LocalDate.of(2015, 9, 1), "状态", "运行"),
					row("编号", "H002", "名称", "广外医院职工之家", "所在单位", "广外医院工会", "级别", "基层", "覆盖会员数", 150));
			case MOTHER_BABY_ROOM -> List.of(
					row("编号", "M001", "名称", "街道办事处母婴关爱室", "所在单位", "广安门外街道办事处", "面积（平方米）", 15, "启用日期",
							LocalDate.of(2017, 3, 8), "状态", "运行"),
					row("编号", "M002", "名称", "商场母婴关爱室", "所在单位", "某商场", "面积（平方米）", 12.5));
			case CHILDCARE_CLASS -> List.of(
					row("编号", "C001", "名称", "暑期托管班", "举办地点", "广外街道文化中心", "类型", "暑假", "开班日期", LocalDate.of(2017, 7, 10),
							"结班日期", LocalDate.of(2017, 8, 20), "托管儿童数", 45, "状态", "运行"),
					row("编号", "C002", "名称", "寒假托管班", "举办地点", "广外街道文化中心", "类型", "寒假", "开班日期", LocalDate.of(2017, 1, 16),
							"结班日期", LocalDate.of(2017, 2, 10), "托管儿童数", 30));
		};
	}

	private record ErrorValue(FormulaError error) {

	}

	private record FormulaValue(String formula, Double result) {

	}

}
