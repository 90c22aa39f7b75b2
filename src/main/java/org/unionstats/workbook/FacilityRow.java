package org.unionstats.workbook;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

public record FacilityRow(FacilityType type, int rowNo, String code, String name, String address, String status,
		BigDecimal areaSqm, Integer staffCount, LocalDate openedOn, Boolean outdoorService, String hostUnit,
		List<String> services, String workplace, String level, Integer coveredMembers, String classType,
		LocalDate startsOn, LocalDate endsOn, Integer children) {
}
