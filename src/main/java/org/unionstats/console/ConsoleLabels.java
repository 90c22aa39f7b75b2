package org.unionstats.console;

import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

/**
 * The Chinese label of a state value of the marts ({@code @consoleLabels.of(...)} in the
 * templates), with the value itself for those who know the English term.
 */
@Component("consoleLabels")
@ConditionalOnWebApplication
class ConsoleLabels {

	private static final Map<String, String> labels = Map.ofEntries(Map.entry("accepted", "已采用"),
			Map.entry("rejected_only", "仅有退回"), Map.entry("missing", "未报送"), Map.entry("provisional", "暂定"),
			Map.entry("returned", "已退回"), Map.entry("district_approved", "区已审核"),
			Map.entry("municipal_approved", "市已审核"), Map.entry("ACCEPTED", "已采用"), Map.entry("REJECTED", "未采用（有错误）"),
			Map.entry("SUPERSEDED", "已被新报送替代"), Map.entry("DUPLICATE", "重复文件"), Map.entry("FAILED", "处理失败，待重试"),
			Map.entry("STAGED", "处理中"), Map.entry("ERROR", "错误"), Map.entry("WARNING", "警告"), Map.entry("INFO", "提示"));

	public String of(@Nullable Object value) {
		if (value == null) {
			return "—";
		}
		return labels.getOrDefault(value.toString(), value.toString());
	}

}
