package org.unionstats.statistics;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static org.unionstats.statistics.ReportColumn.amount;
import static org.unionstats.statistics.ReportColumn.rate;
import static org.unionstats.statistics.ReportColumn.text;
import static org.unionstats.statistics.ReportColumn.unsummedCount;

/**
 * The 工作指标 table: the city's union card and each district's, one row each, from the
 * profile marts. Each figure's column and its mart column are listed once here, and the
 * query is made from that list, so the two cannot drift apart.
 */
final class UnionCard {

	private static final List<Figure> FIGURES = List.of(
			// Who the card covers.
			count("报送街道数", "federations_reporting"), count("应报街道数", "federations_expected"),
			count("工会组织数", "union_orgs"), count("会员人数", "members"), count("APP注册会员数", "app_registered"),
			rateWithTarget("APP注册率", "app_registration"), count("活动参与会员数", "activity_members"),
			rateWithTarget("活动参与率", "activity_participation"), count("活动参与人次", "activity_visits"),
			count("帮扶慰问人次", "assisted_people"), new Figure(amount("帮扶慰问金额（元）"), "assistance_yuan"),
			count("双沟通：企业沟通会场次", "drive_enterprise_meetings"), count("双沟通：职工沟通会场次", "drive_worker_meetings"),
			count("双沟通：覆盖企业数", "drive_firms_reached"), count("双沟通：建会意向企业数", "drive_firms_intending"),
			count("双沟通：新入会职工数", "drive_new_members"), count("劳模：全国劳模人数", "model_workers_national"),
			count("劳模：北京市劳模人数", "model_workers_municipal"), count("已建会企业数", "unionised_firms"),
			count("其中：签订集体合同企业数", "collective_contract_firms"),
			rateWithTarget("集体合同覆盖率", "collective_contract_coverage", "collective_contract"),
			count("其中：建立职代会制度企业数", "workers_congress_firms"),
			rateWithTarget("职代会建制率", "workers_congress_coverage", "workers_congress"));

	/** Figures a federation may leave blank: each gets a column of how many filled it. */
	private static final List<Figure> COVERAGE = List
		.of("app_registered", "activity_members", "activity_visits", "assisted_people", "assistance_yuan",
				"drive_enterprise_meetings", "drive_worker_meetings", "drive_firms_reached", "drive_firms_intending",
				"drive_new_members", "model_workers_national", "model_workers_municipal", "unionised_firms",
				"collective_contract_firms", "workers_congress_firms")
		.stream()
		.map(UnionCard::coverage)
		.toList();

	static final ReportTable TABLE = table();

	private UnionCard() {
	}

	private static ReportTable table() {
		List<ReportColumn> columns = new ArrayList<>(List.of(text("范围", 10), text("区代码", 9)));
		List<String> marts = new ArrayList<>();
		for (List<Figure> figures : List.of(flat(FIGURES), COVERAGE)) {
			for (Figure figure : figures) {
				columns.add(figure.column());
				marts.add(figure.mart());
			}
		}
		// mart.profile_scopes holds the city (no district code) and every district: the
		// rows
		// of mart.municipal_profile and mart.district_profile.
		String sql = "SELECT district_name, district_code, " + String.join(", ", marts)
				+ "\nFROM mart.profile_scopes WHERE period = :period\nORDER BY district_code NULLS FIRST";
		return new ReportTable("工作指标", "indicators", List.copyOf(columns), sql, "工作指标：全市及各区（数值为有数据街道之和，比率为合计之比）",
				false);
	}

	private static Figure count(String header, String mart) {
		return new Figure(unsummedCount(header), mart);
	}

	/** A rate, then its target and whether it was met: three columns. */
	private static Figure rateWithTarget(String header, String prefix) {
		return rateWithTarget(header, prefix + "_rate", prefix);
	}

	private static Figure rateWithTarget(String header, String rate, String prefix) {
		return new Figure(rate(header), rate, List.of(new Figure(rate(header + "目标"), prefix + "_target"),
				new Figure(text(header + "是否达标", 8), prefix + "_achieved")));
	}

	private static Figure coverage(String mart) {
		String header = flat(FIGURES).stream()
			.filter((figure) -> figure.mart().equals(mart))
			.map((figure) -> figure.column().header())
			.collect(Collectors.joining());
		return new Figure(unsummedCount("有数据街道数：" + header), mart + "_federations");
	}

	private static List<Figure> flat(List<Figure> figures) {
		List<Figure> flat = new ArrayList<>();
		for (Figure figure : figures) {
			flat.add(figure);
			flat.addAll(figure.followers());
		}
		return flat;
	}

	/** One column of the card and the mart column it shows. */
	private record Figure(ReportColumn column, String mart, List<Figure> followers) {

		Figure(ReportColumn column, String mart) {
			this(column, mart, List.of());
		}

	}

}
