package org.unionstats.workbook;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.unionstats.workbook.ColumnSpec.choice;
import static org.unionstats.workbook.ColumnSpec.integer;
import static org.unionstats.workbook.ColumnSpec.of;
import static org.unionstats.workbook.ColumnSpec.positiveDecimal;
import static org.unionstats.workbook.ColumnSpec.text;

/**
 * The submission workbook template, version 1, as fixed by the product contract.
 */
public final class TemplateV1 {

	public static final String VERSION = "1";

	public static final String PROFILE_SHEET = "基本情况";

	/** The longest facility code ({@code 编号}) allowed. */
	public static final int CODE_MAX_LENGTH = 32;

	public static final String PROFILE_LABEL_HEADER = "项目";

	public static final String PROFILE_VALUE_HEADER = "数值";

	public static final String STATUS_RUNNING = "运行";

	public static final String STATUS_SUSPENDED = "暂停";

	public static final String STATUS_CLOSED = "撤销";

	public static final List<String> STATUSES = List.of(STATUS_RUNNING, STATUS_SUSPENDED, STATUS_CLOSED);

	public static final List<String> WARM_STATION_SERVICES = List.of("饮水", "热饭", "如厕", "休息", "充电", "无线网络", "急救药品",
			"针线包", "雨伞", "血压计");

	/** The two header columns of the profile sheet. */
	public static final List<ColumnSpec> PROFILE_HEADER = List.of(text("label", PROFILE_LABEL_HEADER, true),
			text("value", PROFILE_VALUE_HEADER, true));

	/** The labelled fields of the profile sheet, in template order. */
	public static final List<ColumnSpec> PROFILE_FIELDS = List.of(text("template_version", "模板版本", true),
			of("federation_code", "街道代码", ValueType.DIVISION_CODE, true), text("federation_name", "街道名称", true, 100),
			text("district_name", "所属区", true, 100), of("period", "报送期", ValueType.PERIOD, true),
			text("contact_name", "填报人", true, 50), of("contact_phone", "联系电话", ValueType.PHONE, true),
			of("filled_on", "填报日期", ValueType.DATE, false), integer("union_orgs", "工会组织数", true, 0, null),
			integer("grassroots_committees", "其中：基层工会委员会", false, 0, null),
			integer("community_joint_unions", "其中：社区联合工会", false, 0, null),
			integer("industry_joint_unions", "其中：行业联合工会", false, 0, null),
			integer("joint_union_groups", "其中：联合工会小组", false, 0, null), integer("members", "会员人数", true, 0, null),
			integer("station_staff", "服务站工作人员数", false, 0, null), integer("app_registered", "APP注册会员数", false, 0, null),
			integer("activity_members", "活动参与会员数", false, 0, null),
			integer("activity_visits", "活动参与人次", false, 0, null), integer("assisted_people", "帮扶慰问人次", false, 0, null),
			new ColumnSpec("assistance_yuan", "帮扶慰问金额（元）", ValueType.DECIMAL, false, BigDecimal.ZERO, false, null, 0,
					List.of()));

	private static final ColumnSpec CODE = of("code", "编号", ValueType.CODE, true);

	private static final ColumnSpec NAME = text("name", "名称", true, 100);

	private static final ColumnSpec ADDRESS = text("address", "地址", true, 200);

	private static final ColumnSpec STATUS = choice("status", "状态", ValueType.ENUM, false, STATUS_RUNNING,
			STATUS_SUSPENDED, STATUS_CLOSED);

	private static final Map<FacilityType, List<ColumnSpec>> FACILITY_COLUMNS = Map.of(FacilityType.SERVICE_STATION,
			List.of(CODE, NAME, ADDRESS, positiveDecimal("area_sqm", "面积（平方米）", false, 100000),
					integer("staff_count", "工作人员数", false, 0, 500L), of("opened_on", "启用日期", ValueType.DATE, false),
					of("outdoor_service", "户外劳动者服务", ValueType.BOOLEAN, false), STATUS),
			FacilityType.WARM_STATION,
			List.of(CODE, NAME, ADDRESS, text("host_unit", "依托单位", false, 200),
					new ColumnSpec("services", "服务项目", ValueType.LIST, false, null, false, null, 0,
							WARM_STATION_SERVICES),
					of("opened_on", "启用日期", ValueType.DATE, false), STATUS),
			FacilityType.WORKER_HOME,
			List.of(CODE, NAME, text("workplace", "所在单位", true, 200),
					choice("level", "级别", ValueType.ENUM, false, "全国模范", "市级模范", "区级模范", "基层"),
					integer("covered_members", "覆盖会员数", false, 0, null), of("opened_on", "建成日期", ValueType.DATE, false),
					STATUS),
			FacilityType.MOTHER_BABY_ROOM,
			List.of(CODE, NAME, text("workplace", "所在单位", true, 200),
					positiveDecimal("area_sqm", "面积（平方米）", false, 10000),
					of("opened_on", "启用日期", ValueType.DATE, false), STATUS),
			FacilityType.CHILDCARE_CLASS,
			List.of(CODE, NAME, text("address", "举办地点", true, 200),
					choice("class_type", "类型", ValueType.ENUM, false, "寒假", "暑假", "课后", "其他"),
					of("starts_on", "开班日期", ValueType.DATE, true), of("ends_on", "结班日期", ValueType.DATE, true),
					integer("children", "托管儿童数", false, 0, 2000L), STATUS));

	private TemplateV1() {
	}

	/** The columns of a facility sheet, in template order. */
	public static List<ColumnSpec> columns(FacilityType type) {
		return FACILITY_COLUMNS.get(type);
	}

	/**
	 * The required columns of a facility sheet: the header row must contain all of them.
	 */
	public static List<ColumnSpec> requiredColumns(FacilityType type) {
		List<ColumnSpec> required = new ArrayList<>();
		for (ColumnSpec column : columns(type)) {
			if (column.required()) {
				required.add(column);
			}
		}
		return required;
	}

}
