package org.unionstats.validation;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Messages come from UTF-8 bundles in Chinese and English, phone numbers masked.
 */
class IssueMessagesTests {

	private final IssueMessages messages = new IssueMessages();

	@Test
	void hasAChineseAndAnEnglishMessageForEveryCode() {
		for (IssueCode code : IssueCode.values()) {
			Issue issue = this.messages.issue(code, "工会服务站", "D7", 7, "面积（平方米）", "-5", "a", "b", "c", "d", "e");
			assertThat(issue.messageZh()).as(code.name()).isNotBlank().doesNotContain("{");
			assertThat(issue.messageEn()).as(code.name()).isNotBlank().doesNotContain("{");
			assertThat(issue.severity()).isEqualTo(code.severity());
		}
	}

	@Test
	void formatsWarehouseCodesWithTheirDocumentedArguments() {
		Issue swing = this.messages.issue(IssueCode.COUNT_SWING, "工会服务站", null, null, null, null, "工会服务站", 10, 30,
				"2016");
		assertThat(swing.messageZh()).isEqualTo("工会服务站：工会服务站数量由上期（2016）的10个变为30个，变化幅度较大，请核实");
		Issue renamed = this.messages.issue(IssueCode.FACILITY_RENAMED, "工会服务站", "B2", 2, "名称", "新名", "S001", "旧名",
				"新名");
		assertThat(renamed.messageEn()).contains("S001").contains("旧名").contains("新名");
		Issue elsewhere = this.messages.issue(IssueCode.FACILITY_CLAIMED_ELSEWHERE, "暖心驿站", "B3", 3, "名称", "驿站", "驿站",
				"110102019 天桥街道");
		assertThat(elsewhere.messageZh()).contains("110102019 天桥街道");
		Issue duplicate = this.messages.issue(IssueCode.DUPLICATE_FILE, null, null, null, null, null, "a.xlsx",
				"2018-01-15");
		assertThat(duplicate.messageZh()).contains("a.xlsx").contains("2018-01-15");
	}

	@Test
	void doesNotGroupDigitsOfNumbers() {
		Issue issue = this.messages.issue(IssueCode.TOTAL_ROW_MISMATCH, "职工之家", "B4", 4, null, "3", 12345);
		assertThat(issue.messageZh()).contains("12345").doesNotContain("12,345");
	}

	@Test
	void masksPhoneNumbersKeepingFirstThreeAndLastFour() {
		assertThat(IssueMessages.maskPhone("13812345678")).isEqualTo("138****5678");
		assertThat(IssueMessages.maskPhone("010-12345678")).isEqualTo("010*****5678");
		assertThat(IssueMessages.maskPhone("12345")).isEqualTo("****");
	}

}
