package org.unionstats.statistics;

import java.util.ArrayList;
import java.util.List;

import org.unionstats.workbook.FacilityType;

import static org.unionstats.statistics.ReportColumn.change;
import static org.unionstats.statistics.ReportColumn.count;
import static org.unionstats.statistics.ReportColumn.rate;
import static org.unionstats.statistics.ReportColumn.text;
import static org.unionstats.statistics.ReportColumn.unsummedCount;

/**
 * The tables of the statistics report, each read from a mart for one period.
 */
final class ReportTables {

	/**
	 * Municipal totals by type; the comparable change (over the federations that reported
	 * in both periods) beside the raw one, so a drop in reporting is not read as a drop
	 * in facilities.
	 */
	static final ReportTable SUMMARY = new ReportTable("汇总", "summary",
			List.of(text("设施类型", 14), count("运行数"), text("上期", 8), count("上期运行数"), change("较上期增减"),
					unsummedCount("报送街道数"), unsummedCount("应报街道数"), unsummedCount("上期报送街道数"), unsummedCount("两期均报送街道数"),
					count("可比运行数"), count("可比上期运行数"), change("可比增减")),
			"""
					SELECT c.facility_type_zh, c.active_count, c.previous_period, c.previous_count, c.change,
					       c.federations_reporting, c.federations_expected, c.previous_federations_reporting,
					       c.federations_both, c.comparable_count, c.comparable_previous_count, c.comparable_change
					FROM mart.comparable_change c
					WHERE c.period = :period
					ORDER BY c.sort_order""", "全市各类设施运行数及较上期增减（可比增减仅计两期均报送的街道）", true);

	/**
	 * The union card: the city's row, then one row per district, a column per figure
	 * (mart.municipal_profile and mart.district_profile, which mart.profile_card lists
	 * one figure a row).
	 */
	static final ReportTable INDICATORS = UnionCard.TABLE;

	static final ReportTable DISTRICTS = new ReportTable("分区统计", "districts",
			byType(List.of(text("区代码", 9), text("区名称", 14)), List.of(count("报送街道数"), count("应报街道数"), text("审核状态", 12))),
			"""
					SELECT c.district_code, c.district_name,
					       sum(c.active_count) FILTER (WHERE c.facility_type = 'service_station'),
					       sum(c.active_count) FILTER (WHERE c.facility_type = 'warm_station'),
					       sum(c.active_count) FILTER (WHERE c.facility_type = 'worker_home'),
					       sum(c.active_count) FILTER (WHERE c.facility_type = 'mother_baby_room'),
					       sum(c.active_count) FILTER (WHERE c.facility_type = 'childcare_class'),
					       sum(c.active_count), max(c.federations_reporting), max(c.federations_expected),
					       CASE max(c.approval_state) WHEN 'provisional' THEN '暂定' WHEN 'returned' THEN '已退回（暂计）'
					            WHEN 'district_approved' THEN '区已审核' WHEN 'municipal_approved' THEN '市已审核' END
					FROM mart.district_facility_counts c
					WHERE c.period = :period
					GROUP BY c.district_code, c.district_name
					ORDER BY c.district_code""", "各区各类设施运行数（审核状态为“暂定”的数字尚未经区审核）", true);

	/** The column of {@link #DISTRICTS} holding the district's total, charted. */
	static final int DISTRICT_TOTAL_COLUMN = 2 + FacilityType.values().length;

	static final ReportTable FEDERATIONS = new ReportTable("街道明细", "federations",
			byType(List.of(text("区代码", 9), text("区名称", 14), text("街道代码", 12), text("街道名称", 20)),
					List.of(text("审核状态", 12))),
			"""
					SELECT c.district_code, c.district_name, c.federation_code, c.federation_name,
					       sum(c.active_count) FILTER (WHERE c.facility_type = 'service_station'),
					       sum(c.active_count) FILTER (WHERE c.facility_type = 'warm_station'),
					       sum(c.active_count) FILTER (WHERE c.facility_type = 'worker_home'),
					       sum(c.active_count) FILTER (WHERE c.facility_type = 'mother_baby_room'),
					       sum(c.active_count) FILTER (WHERE c.facility_type = 'childcare_class'),
					       sum(c.active_count), CASE max(c.approval_state) WHEN 'provisional' THEN '暂定' WHEN 'returned' THEN '已退回（暂计）'
					            WHEN 'district_approved' THEN '区已审核' WHEN 'municipal_approved' THEN '市已审核' END
					FROM mart.facility_counts c
					WHERE c.period = :period
					GROUP BY c.district_code, c.district_name, c.federation_code, c.federation_name
					ORDER BY c.district_code, c.federation_code""",
			"各街道各类设施运行数（已采用报送的街道；审核状态为“暂定”的数字尚未经区审核）", true);

	static final ReportTable COMPLETENESS = new ReportTable("报送情况", "completeness", List.of(text("区代码", 9),
			text("区名称", 14), count("应报街道数"), count("已采用"), count("仅有退回"), count("未报送"), count("按时报送"), rate("报送率")), """
					SELECT c.district_code, c.district_name, c.federations_expected, c.federations_accepted,
					       c.federations_rejected_only, c.federations_missing, c.accepted_on_time,
					       round(c.federations_accepted::numeric / nullif(c.federations_expected, 0), 4)
					FROM mart.submission_completeness c
					WHERE c.period = :period
					ORDER BY c.district_code""", "各区报送情况", true);

	static final ReportTable MISSING = new ReportTable("未报送街道名单", "missing",
			List.of(text("区代码", 9), text("区名称", 14), text("街道代码", 12), text("街道名称", 20), text("状态", 10), count("退回次数")),
			"""
					SELECT m.district_code, m.district_name, m.federation_code, m.federation_name,
					       m.submission_state_zh, m.rejected_count
					FROM mart.missing_federations m
					WHERE m.period = :period
					ORDER BY m.district_code, m.federation_code""", "未报送街道名单", false);

	private ReportTables() {
	}

	private static List<ReportColumn> byType(List<ReportColumn> before, List<ReportColumn> after) {
		List<ReportColumn> columns = new ArrayList<>(before);
		for (FacilityType type : FacilityType.values()) {
			columns.add(count(type.sheetName()));
		}
		columns.add(count("合计"));
		columns.addAll(after);
		return List.copyOf(columns);
	}

}
