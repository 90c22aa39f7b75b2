package org.unionstats.workbook;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One data row of a facility sheet; columns the sheet type does not have, and invalid
 * values, are {@code null} (an issue says why).
 *
 * @param type the facility type (sheet)
 * @param rowNo the 1-based Excel row number
 * @param code 编号
 * @param name 名称
 * @param address 地址 (or 举办地点 for childcare classes)
 * @param status 状态; blank means {@code 运行}
 * @param areaSqm 面积（平方米）
 * @param staffCount 工作人员数
 * @param openedOn 启用日期 / 建成日期
 * @param outdoorService 户外劳动者服务
 * @param hostUnit 依托单位
 * @param services 服务项目 (empty when blank)
 * @param workplace 所在单位
 * @param level 级别
 * @param coveredMembers 覆盖会员数
 * @param classType 类型
 * @param startsOn 开班日期
 * @param endsOn 结班日期
 * @param children 托管儿童数
 */
public record FacilityRow(FacilityType type, int rowNo, String code, String name, String address, String status,
		BigDecimal areaSqm, Integer staffCount, LocalDate openedOn, Boolean outdoorService, String hostUnit,
		List<String> services, String workplace, String level, Integer coveredMembers, String classType,
		LocalDate startsOn, LocalDate endsOn, Integer children) {

}
