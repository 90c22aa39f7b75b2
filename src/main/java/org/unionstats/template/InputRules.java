package org.unionstats.template;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFDataValidationHelper;
import org.apache.poi.xssf.usermodel.XSSFSheet;

import org.unionstats.workbook.ColumnSpec;
import org.unionstats.workbook.TemplateV1;
import org.unionstats.workbook.ValueType;

/**
 * Turns a column of the template definition into an Excel data validation: a prompt box
 * saying what to enter, and a check or a dropdown matching the column's type and range.
 */
final class InputRules {

	static final List<String> BOOLEAN_CHOICES = List.of("是", "否");

	/** Excel's own limit on the characters in a cell. */
	private static final int EXCEL_CELL_LIMIT = 32767;

	/**
	 * Values carry at most two decimal places, so this is the least one above a bound.
	 */
	private static final BigDecimal HUNDREDTH = new BigDecimal("0.01");

	private static final String EARLIEST_DATE = serial(LocalDate.of(1900, 1, 1));

	private static final String LATEST_DATE = serial(LocalDate.of(2099, 12, 31));

	private final DropdownLists lists;

	InputRules(DropdownLists lists) {
		this.lists = lists;
	}

	void apply(XSSFSheet sheet, ColumnSpec column, CellRangeAddressList cells) {
		DataValidationHelper helper = new XSSFDataValidationHelper(sheet);
		DataValidation validation = helper.createValidation(constraint(helper, column), cells);
		validation.createPromptBox(title(column), hint(column));
		validation.setShowPromptBox(true);
		// A list column takes several choices joined by 、, which no dropdown can check.
		boolean strict = column.type() != ValueType.LIST;
		validation.setShowErrorBox(strict);
		if (strict) {
			validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
			validation.createErrorBox("输入无效", hint(column));
		}
		validation.setEmptyCellAllowed(true);
		sheet.addValidationData(validation);
	}

	private DataValidationConstraint constraint(DataValidationHelper helper, ColumnSpec column) {
		return switch (column.type()) {
			case ENUM, LIST -> this.lists.constraint(helper, column.key(), column.allowedValues());
			case BOOLEAN -> this.lists.constraint(helper, column.key(), BOOLEAN_CHOICES);
			case INTEGER -> helper.createIntegerConstraint(operator(column), lower(column), upper(column));
			case DECIMAL -> helper.createDecimalConstraint(operator(column), lower(column), upper(column));
			case DATE -> helper.createDateConstraint(OperatorType.BETWEEN, EARLIEST_DATE, LATEST_DATE, null);
			case CODE -> helper.createTextLengthConstraint(OperatorType.BETWEEN, "1",
					Integer.toString(TemplateV1.CODE_MAX_LENGTH));
			// Excel shows a prompt box only with a validation: this one lets any text in.
			default -> helper.createTextLengthConstraint(OperatorType.LESS_OR_EQUAL,
					Integer.toString((column.maxLength() > 0) ? column.maxLength() : EXCEL_CELL_LIMIT), null);
		};
	}

	private static int operator(ColumnSpec column) {
		if (column.min() != null && column.max() != null) {
			return OperatorType.BETWEEN;
		}
		if (column.max() != null) {
			return OperatorType.LESS_OR_EQUAL;
		}
		return column.minExclusive() ? OperatorType.GREATER_THAN : OperatorType.GREATER_OR_EQUAL;
	}

	private static String lower(ColumnSpec column) {
		if (column.min() == null) {
			return column.max().toPlainString();
		}
		// BETWEEN is inclusive at both ends.
		BigDecimal min = (column.minExclusive() && column.max() != null) ? column.min().add(HUNDREDTH) : column.min();
		return min.toPlainString();
	}

	private static String upper(ColumnSpec column) {
		return (column.min() != null && column.max() != null) ? column.max().toPlainString() : null;
	}

	private static String title(ColumnSpec column) {
		String header = column.header();
		// Excel refuses prompt titles longer than 32 characters.
		return (header.length() <= 32) ? header : header.substring(0, 32);
	}

	/** What to enter in a cell of the column, in a line or two of Chinese. */
	static String hint(ColumnSpec column) {
		String need = column.required() ? "必填。" : "选填。";
		String hint = need + typeHint(column) + rangeHint(column);
		// Excel refuses prompt texts longer than 255 characters.
		return (hint.length() <= 255) ? hint : hint.substring(0, 252) + "...";
	}

	private static String typeHint(ColumnSpec column) {
		String choices = String.join("、", column.allowedValues());
		return switch (column.type()) {
			case TEXT -> (column.maxLength() > 0) ? "文字，不超过" + column.maxLength() + "字。" : "文字。";
			case CODE -> "本单位自编编号，1–" + TemplateV1.CODE_MAX_LENGTH + "位字母、数字、-、_；每期保持不变，请勿更改。";
			case DIVISION_CODE -> "9位区划代码。";
			case PERIOD -> "如 2017、2017-H1、2017-Q3、2017-12。";
			case PHONE -> "11位手机号，或座机 0xx-xxxxxxxx。";
			case INTEGER -> "整数，只填数字，不要带单位或文字。";
			case DECIMAL -> "数字，最多两位小数，不要带单位。";
			case DATE -> "日期，如 2017-06-21。";
			case BOOLEAN -> "从下拉列表选择：是 或 否。";
			case ENUM -> "从下拉列表选择：" + choices + "。" + (column.allowedValues().contains(TemplateV1.STATUS_RUNNING)
					? "留空视为" + TemplateV1.STATUS_RUNNING + "。" : "");
			case LIST -> "可填多项，用“、”分隔，可选：" + choices + "。";
		};
	}

	private static String rangeHint(ColumnSpec column) {
		if (column.min() == null && column.max() == null) {
			return "";
		}
		String lower = (column.min() != null) ? (column.minExclusive() ? "大于" : "不小于") + plain(column.min()) : "";
		String upper = (column.max() != null) ? "不大于" + plain(column.max()) : "";
		return "范围：" + List.of(lower, upper).stream().filter((s) -> !s.isEmpty()).collect(Collectors.joining("，"))
				+ "。";
	}

	private static String plain(BigDecimal value) {
		return value.stripTrailingZeros().toPlainString();
	}

	private static String serial(LocalDate date) {
		return Long.toString((long) DateUtil.getExcelDate(date));
	}

}
