package org.unionstats.template;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.unionstats.workbook.ColumnSpec;
import org.unionstats.workbook.FacilityType;
import org.unionstats.workbook.TemplateV1;
import org.unionstats.workbook.TemplateV2;

/**
 * Writes the {@code 填报说明} sheet: what to fill, by when, where to drop the file and the
 * mistakes that most often get a submission returned.
 */
final class InstructionsSheetWriter {

	static final String SHEET_NAME = "填报说明";

	private static final int WIDTH = 108;

	private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

	private static final Map<FacilityType, String> MEANINGS = Map.of(FacilityType.SERVICE_STATION, "街道、社区工会服务站，每站一行",
			FacilityType.WARM_STATION, "为户外劳动者提供饮水、休息等服务的暖心驿站，每个驿站一行", FacilityType.WORKER_HOME, "各单位建设的职工之家，每家一行",
			FacilityType.MOTHER_BABY_ROOM, "各单位的母婴关爱室，每室一行", FacilityType.CHILDCARE_CLASS,
			"寒暑假、课后等职工子女托管班，每个班一行；请更新本期的开班、结班日期");

	private final TemplateStyles styles;

	InstructionsSheetWriter(TemplateStyles styles) {
		this.styles = styles;
	}

	void write(XSSFWorkbook workbook, TemplateContent content) {
		XSSFSheet sheet = workbook.createSheet(SHEET_NAME);
		ColumnWidths.set(sheet, 0, WIDTH + 2);
		Lines lines = new Lines(sheet);
		String name = content.federation().name();
		String code = content.federation().code();
		lines.add(this.styles.title(), name + " " + content.period() + " 工会统计报送模板（模板 v" + TemplateV2.VERSION + "）");
		lines.add(this.styles.paragraph(), name + "（街道代码 " + code + "，" + content.federation().districtName() + "）");
		lines.add(this.styles.paragraph(),
				"Reporting template v" + TemplateV2.VERSION + " for federation " + code + ", period " + content.period()
						+ ". Fill in the sheets below and drop the file into " + content.inboxFolder() + ".");
		lines.add(this.styles.paragraph(), "模板生成时间 / Made: " + content.generatedAt());
		lines.blank();
		writePeriod(lines, content);
		writeWhatToFill(lines, content);
		writeWhereToDrop(lines, content);
		writeCommonMistakes(lines, content.inboxFolder());
		sheet.enableLocking();
	}

	private void writePeriod(Lines lines, TemplateContent content) {
		lines.add(this.styles.heading(), "一、报送期与截止日期");
		lines.add(this.styles.paragraph(), "报送期：" + content.period() + "（" + content.period().startsOn() + " 至 "
				+ content.period().endsOn() + "）");
		if (content.deadline().isPresent()) {
			LocalDate deadline = content.deadline().get();
			lines.add(this.styles.paragraph(), "截止日期：请于 " + deadline.format(CHINESE_DATE) + "（含）前报送。");
			lines.add(this.styles.paragraph(), "Deadline: " + deadline + ".");
		}
		else {
			lines.add(this.styles.paragraph(), "截止日期：本期尚未设定，请按区总工会通知的时间报送。");
			lines.add(this.styles.paragraph(), "Deadline: not set yet.");
		}
		lines.blank();
	}

	private void writeWhatToFill(Lines lines, TemplateContent content) {
		lines.add(this.styles.heading(), "二、填写什么");
		String previous = content.previous().map((submission) -> submission.period().text()).orElse(null);
		lines.add(this.styles.paragraph(),
				"「" + TemplateV1.PROFILE_SHEET
						+ "」：本街道工会的基本数据，每个项目一行，在“数值”列填写。灰色单元格（模板版本、街道代码、街道名称、所属区、报送期）已填好并锁定，不能修改；"
						+ ((previous != null) ? "黄色单元格是上期（" + previous + "）已采用的数据，请按本期实际核实更新；" : "") + "其余白色单元格请填写。");
		lines.add(this.styles.paragraph(), "模板 v2 新增双沟通、劳模、集体合同和职代会各项（「基本情况」最后十行）：不掌握的可留空，留空表示未知，不按 0 计。");
		if (previous != null) {
			lines.add(this.styles.paragraph(),
					"黄色单元格带有批注“上期已采用数据”。如果基本情况各项数字与上期完全相同，系统会提示“与上期相同”（PROFILE_UNCHANGED），请确认确无变化。");
		}
		for (FacilityType type : FacilityType.values()) {
			String required = TemplateV1.requiredColumns(type)
				.stream()
				.map(ColumnSpec::header)
				.collect(Collectors.joining("、"));
			lines.add(this.styles.paragraph(),
					"「" + type.sheetName() + "」：" + MEANINGS.get(type) + "。必填列：" + required + "。");
		}
		if (previous != null) {
			int count = content.previous().get().facilityCount();
			lines.add(this.styles.paragraph(), "各设施表已预填上期（" + previous + "）报送的 " + count
					+ " 个设施：只需修改有变化的内容；新设施在下方空行添加；不再运行的设施请把“状态”改为“撤销”，不要删除行。");
		}
		lines.add(this.styles.paragraph(), "没有某类设施时，保留该表表头、不填数据行即可。不要修改工作表名称和表头。");
		lines.add(this.styles.paragraph(), "点选单元格可看到填写提示；带下拉箭头的列请从列表中选择。");
		lines.add(this.styles.paragraph(),
				"Click a cell to see what it takes; pick from the dropdown where there is one. Do not rename sheets or headers.");
		lines.blank();
	}

	private void writeWhereToDrop(Lines lines, TemplateContent content) {
		lines.add(this.styles.heading(), "三、报送方式");
		lines.add(this.styles.paragraph(), "填好后保存为 .xlsx 文件（文件名可自定），放入报送共享文件夹中本街道的文件夹：");
		lines.add(this.styles.paragraph(), content.inboxFolder());
		lines.add(this.styles.paragraph(), "系统自动检查后，在 " + content.feedbackFolder()
				+ " 文件夹放回“校验结果”文件。被退回时请按校验结果修改后重新放入；同一报送期重复报送的，以最后一次通过检查的文件为准。");
		lines.add(this.styles.paragraph(), "Drop the file into " + content.inboxFolder()
				+ "; the check results come back in " + content.feedbackFolder() + ".");
		lines.blank();
	}

	private void writeCommonMistakes(Lines lines, String inbox) {
		lines.add(this.styles.heading(), "四、常见错误（请报送前逐项检查）");
		List<String> mistakes = List.of("放错文件夹：只能放入本街道的 " + inbox + " 文件夹，放入其他街道的文件夹会被退回。",
				"更改“编号”：同一设施每期的编号必须保持不变；编号一变，系统会当作撤销了原设施、新增了一个设施。", "数字单元格里填文字或单位：如“12人”“约300”“100平方米”，只填数字。",
				"子女托管班的结班日期早于开班日期。", "联系电话格式不对：应为11位手机号，或座机 0xx-xxxxxxxx（如 010-63412345）。",
				"“其中”各项之和与工会组织数不符：四个“其中”项都填写时，合计应等于工会组织数。", "APP注册会员数、活动参与会员数大于会员人数；活动参与人次小于活动参与会员数。",
				"直接删除不再运行的设施行：请保留该行，把“状态”改为“撤销”。", "在 Excel 或 WPS 中仍打开着文件时复制：请先保存并关闭文件，再放入文件夹。");
		for (int i = 0; i < mistakes.size(); i++) {
			lines.add(this.styles.paragraph(), (i + 1) + ". " + mistakes.get(i));
		}
	}

	/** Writes text lines one below the other in the first column. */
	private static final class Lines {

		private final XSSFSheet sheet;

		private int next;

		Lines(XSSFSheet sheet) {
			this.sheet = sheet;
		}

		void add(XSSFCellStyle style, String text) {
			XSSFRow row = this.sheet.createRow(this.next++);
			XSSFCell cell = row.createCell(0);
			cell.setCellValue(text);
			cell.setCellStyle(style);
			// Not every spreadsheet program grows a row to fit wrapped text on its own.
			int lines = ColumnWidths.displayWidth(text) / WIDTH + 1;
			if (lines > 1) {
				row.setHeightInPoints(lines * this.sheet.getDefaultRowHeightInPoints());
			}
		}

		void blank() {
			this.next++;
		}

	}

}
