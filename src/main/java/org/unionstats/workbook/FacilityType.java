package org.unionstats.workbook;

/**
 * The five kinds of facility a federation reports, each on its own sheet of template v1.
 */
public enum FacilityType {

	SERVICE_STATION("service_station", "工会服务站"),

	WARM_STATION("warm_station", "暖心驿站"),

	WORKER_HOME("worker_home", "职工之家"),

	MOTHER_BABY_ROOM("mother_baby_room", "母婴关爱室"),

	CHILDCARE_CLASS("childcare_class", "子女托管班");

	private final String key;

	private final String sheetName;

	FacilityType(String key, String sheetName) {
		this.key = key;
		this.sheetName = sheetName;
	}

	/** The value stored in the warehouse's {@code facility_type} columns. */
	public String key() {
		return this.key;
	}

	/** The sheet name in the workbook, which is also the Chinese name of the type. */
	public String sheetName() {
		return this.sheetName;
	}

	public static FacilityType fromKey(String key) {
		for (FacilityType type : values()) {
			if (type.key.equals(key)) {
				return type;
			}
		}
		throw new IllegalArgumentException("Unknown facility type: " + key);
	}

}
