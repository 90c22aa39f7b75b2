package org.unionstats.workbook;

import java.util.ArrayList;
import java.util.List;

import static org.unionstats.workbook.ColumnSpec.integer;

/**
 * Template version 2: version 1 with the special-work figures (the 双沟通 organising drive,
 * model workers, collective contracts and workers' congresses) as extra rows of
 * {@code 基本情况}. Its facility sheets are those of {@link TemplateV1}.
 */
public final class TemplateV2 {

	public static final String VERSION = "2";

	/** The template versions a submission may declare, oldest first. */
	public static final List<String> SUPPORTED_VERSIONS = List.of(TemplateV1.VERSION, VERSION);

	/** The rows version 2 adds to the profile sheet, in template order. */
	public static final List<ColumnSpec> SPECIAL_WORK_FIELDS = List.of(
			integer("drive_enterprise_meetings", "双沟通：企业沟通会场次", false, 0, null),
			integer("drive_worker_meetings", "双沟通：职工沟通会场次", false, 0, null),
			integer("drive_firms_reached", "双沟通：覆盖企业数", false, 0, null),
			integer("drive_firms_intending", "双沟通：建会意向企业数", false, 0, null),
			integer("drive_new_members", "双沟通：新入会职工数", false, 0, null),
			integer("model_workers_national", "劳模：全国劳模人数", false, 0, null),
			integer("model_workers_municipal", "劳模：北京市劳模人数", false, 0, null),
			integer("unionised_firms", "已建会企业数", false, 0, null),
			integer("collective_contract_firms", "其中：签订集体合同企业数", false, 0, null),
			integer("workers_congress_firms", "其中：建立职代会制度企业数", false, 0, null));

	/** The labelled fields of the version 2 profile sheet, in template order. */
	public static final List<ColumnSpec> PROFILE_FIELDS = concat(TemplateV1.PROFILE_FIELDS, SPECIAL_WORK_FIELDS);

	private TemplateV2() {
	}

	/** Whether a profile field exists only from version 2 on. */
	public static boolean isSpecialWork(ColumnSpec field) {
		return SPECIAL_WORK_FIELDS.contains(field);
	}

	private static List<ColumnSpec> concat(List<ColumnSpec> first, List<ColumnSpec> second) {
		List<ColumnSpec> all = new ArrayList<>(first);
		all.addAll(second);
		return List.copyOf(all);
	}

}
