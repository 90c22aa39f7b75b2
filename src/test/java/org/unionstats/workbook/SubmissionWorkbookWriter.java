package org.unionstats.workbook;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a filled-in template v1 or v2 workbook from values, streaming (any number of
 * rows in bounded memory) and with shared strings (WPS renders inline strings badly). The
 * inverse of the reader: sample data, tests and benchmarks use it.
 */
public final class SubmissionWorkbookWriter {

	private static final Map<String, Function<SubmissionProfile, Object>> PROFILE_VALUES = Map.ofEntries(
			Map.entry("template_version", SubmissionProfile::templateVersion),
			Map.entry("federation_code", SubmissionProfile::federationCode),
			Map.entry("federation_name", SubmissionProfile::federationName),
			Map.entry("district_name", SubmissionProfile::districtName), Map.entry("period", SubmissionProfile::period),
			Map.entry("contact_name", SubmissionProfile::contactName),
			Map.entry("contact_phone", SubmissionProfile::contactPhone),
			Map.entry("filled_on", SubmissionProfile::filledOn), Map.entry("union_orgs", SubmissionProfile::unionOrgs),
			Map.entry("grassroots_committees", SubmissionProfile::grassrootsCommittees),
			Map.entry("community_joint_unions", SubmissionProfile::communityJointUnions),
			Map.entry("industry_joint_unions", SubmissionProfile::industryJointUnions),
			Map.entry("joint_union_groups", SubmissionProfile::jointUnionGroups),
			Map.entry("members", SubmissionProfile::members),
			Map.entry("station_staff", SubmissionProfile::stationStaff),
			Map.entry("app_registered", SubmissionProfile::appRegistered),
			Map.entry("activity_members", SubmissionProfile::activityMembers),
			Map.entry("activity_visits", SubmissionProfile::activityVisits),
			Map.entry("assisted_people", SubmissionProfile::assistedPeople),
			Map.entry("assistance_yuan", SubmissionProfile::assistanceYuan));

	private static final Map<String, Function<SpecialWorkFigures, Object>> SPECIAL_WORK_VALUES = Map.ofEntries(
			Map.entry("drive_enterprise_meetings", SpecialWorkFigures::driveEnterpriseMeetings),
			Map.entry("drive_worker_meetings", SpecialWorkFigures::driveWorkerMeetings),
			Map.entry("drive_firms_reached", SpecialWorkFigures::driveFirmsReached),
			Map.entry("drive_firms_intending", SpecialWorkFigures::driveFirmsIntending),
			Map.entry("drive_new_members", SpecialWorkFigures::driveNewMembers),
			Map.entry("model_workers_national", SpecialWorkFigures::modelWorkersNational),
			Map.entry("model_workers_municipal", SpecialWorkFigures::modelWorkersMunicipal),
			Map.entry("unionised_firms", SpecialWorkFigures::unionisedFirms),
			Map.entry("collective_contract_firms", SpecialWorkFigures::collectiveContractFirms),
			Map.entry("workers_congress_firms", SpecialWorkFigures::workersCongressFirms));

	private static final Map<String, Function<FacilityRow, Object>> FACILITY_VALUES = Map.ofEntries(
			Map.entry("code", FacilityRow::code), Map.entry("name", FacilityRow::name),
			Map.entry("address", FacilityRow::address), Map.entry("status", FacilityRow::status),
			Map.entry("area_sqm", FacilityRow::areaSqm), Map.entry("staff_count", FacilityRow::staffCount),
			Map.entry("opened_on", FacilityRow::openedOn), Map.entry("outdoor_service", FacilityRow::outdoorService),
			Map.entry("host_unit", FacilityRow::hostUnit), Map.entry("services", FacilityRow::services),
			Map.entry("workplace", FacilityRow::workplace), Map.entry("level", FacilityRow::level),
			Map.entry("covered_members", FacilityRow::coveredMembers), Map.entry("class_type", FacilityRow::classType),
			Map.entry("starts_on", FacilityRow::startsOn), Map.entry("ends_on", FacilityRow::endsOn),
			Map.entry("children", FacilityRow::children));

	private SubmissionWorkbookWriter() {
	}

	/**
	 * Writes the profile and the facilities (each on its type's sheet, in the given
	 * order).
	 */
	public static void write(Path target, SubmissionProfile profile, List<FacilityRow> facilities) throws IOException {
		Files.createDirectories(target.toAbsolutePath().getParent());
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(null, 200, true, true);
				OutputStream out = Files.newOutputStream(target)) {
			CellStyle dateStyle = workbook.createCellStyle();
			dateStyle.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
			writeProfile(workbook.createSheet(TemplateV1.PROFILE_SHEET), profile, dateStyle);
			for (FacilityType type : FacilityType.values()) {
				writeFacilities(workbook.createSheet(type.sheetName()), type, facilities, dateStyle);
			}
			workbook.write(out);
			workbook.dispose();
		}
	}

	private static void writeProfile(Sheet sheet, SubmissionProfile profile, CellStyle dateStyle) {
		Row header = sheet.createRow(0);
		header.createCell(0).setCellValue(TemplateV1.PROFILE_LABEL_HEADER);
		header.createCell(1).setCellValue(TemplateV1.PROFILE_VALUE_HEADER);
		int rowIndex = 1;
		for (ColumnSpec field : TemplateV1.PROFILE_FIELDS) {
			Row row = sheet.createRow(rowIndex++);
			row.createCell(0).setCellValue(field.header());
			setValue(row, 1, PROFILE_VALUES.get(field.key()).apply(profile), dateStyle);
		}
		// Written exactly when the profile is a v2 one, so a v1 profile reads back as v1.
		if (profile.specialWork() != null) {
			for (ColumnSpec field : TemplateV2.SPECIAL_WORK_FIELDS) {
				Row row = sheet.createRow(rowIndex++);
				row.createCell(0).setCellValue(field.header());
				setValue(row, 1, SPECIAL_WORK_VALUES.get(field.key()).apply(profile.specialWork()), dateStyle);
			}
		}
	}

	private static void writeFacilities(Sheet sheet, FacilityType type, List<FacilityRow> facilities,
			CellStyle dateStyle) {
		List<ColumnSpec> columns = TemplateV1.columns(type);
		Row header = sheet.createRow(0);
		for (int i = 0; i < columns.size(); i++) {
			header.createCell(i).setCellValue(columns.get(i).header());
		}
		int rowIndex = 1;
		for (FacilityRow facility : facilities) {
			if (facility.type() != type) {
				continue;
			}
			Row row = sheet.createRow(rowIndex++);
			for (int i = 0; i < columns.size(); i++) {
				setValue(row, i, FACILITY_VALUES.get(columns.get(i).key()).apply(facility), dateStyle);
			}
		}
	}

	private static void setValue(Row row, int column, Object value, CellStyle dateStyle) {
		if (value == null || (value instanceof List<?> list && list.isEmpty())) {
			return;
		}
		Cell cell = row.createCell(column);
		if (value instanceof Integer number) {
			cell.setCellValue(number);
		}
		else if (value instanceof BigDecimal number) {
			cell.setCellValue(number.doubleValue());
		}
		else if (value instanceof LocalDate date) {
			cell.setCellValue(date);
			cell.setCellStyle(dateStyle);
		}
		else if (value instanceof Boolean flag) {
			cell.setCellValue(flag ? "是" : "否");
		}
		else if (value instanceof List<?> items) {
			cell.setCellValue(String.join("、", items.stream().map(String::valueOf).toList()));
		}
		else {
			cell.setCellValue(value.toString());
		}
	}

}
