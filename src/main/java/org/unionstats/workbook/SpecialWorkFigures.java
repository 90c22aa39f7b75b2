package org.unionstats.workbook;

/**
 * The special-work figures of a template v2 profile; a figure is {@code null} when blank
 * (unknown) or invalid (an issue says why).
 *
 * @param driveEnterpriseMeetings 双沟通：企业沟通会场次
 * @param driveWorkerMeetings 双沟通：职工沟通会场次
 * @param driveFirmsReached 双沟通：覆盖企业数
 * @param driveFirmsIntending 双沟通：建会意向企业数
 * @param driveNewMembers 双沟通：新入会职工数
 * @param modelWorkersNational 劳模：全国劳模人数
 * @param modelWorkersMunicipal 劳模：北京市劳模人数
 * @param unionisedFirms 已建会企业数
 * @param collectiveContractFirms 其中：签订集体合同企业数
 * @param workersCongressFirms 其中：建立职代会制度企业数
 */
public record SpecialWorkFigures(Integer driveEnterpriseMeetings, Integer driveWorkerMeetings,
		Integer driveFirmsReached, Integer driveFirmsIntending, Integer driveNewMembers, Integer modelWorkersNational,
		Integer modelWorkersMunicipal, Integer unionisedFirms, Integer collectiveContractFirms,
		Integer workersCongressFirms) {

	/** Every figure blank, as in a v2 workbook whose special-work rows are empty. */
	public static final SpecialWorkFigures UNKNOWN = new SpecialWorkFigures(null, null, null, null, null, null, null,
			null, null, null);

	/** The figures in template order, as {@link TemplateV2#SPECIAL_WORK_FIELDS}. */
	public Integer[] inTemplateOrder() {
		return new Integer[] { this.driveEnterpriseMeetings, this.driveWorkerMeetings, this.driveFirmsReached,
				this.driveFirmsIntending, this.driveNewMembers, this.modelWorkersNational, this.modelWorkersMunicipal,
				this.unionisedFirms, this.collectiveContractFirms, this.workersCongressFirms };
	}

	/** The figures from values in template order. */
	public static SpecialWorkFigures ofTemplateOrder(Object[] v, int from) {
		return new SpecialWorkFigures((Integer) v[from], (Integer) v[from + 1], (Integer) v[from + 2],
				(Integer) v[from + 3], (Integer) v[from + 4], (Integer) v[from + 5], (Integer) v[from + 6],
				(Integer) v[from + 7], (Integer) v[from + 8], (Integer) v[from + 9]);
	}

}
