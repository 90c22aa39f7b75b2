package org.unionstats.statistics;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The figures the {@code statistics} command prints, collected while the report is
 * written, so that they come from the report's own snapshot and cost no second query.
 *
 * @param federations the federation rows of 街道明细
 * @param totals the rows of 汇总
 * @param city the sum of 报送情况's district rows
 */
record ReportHeadline(int federations, List<FacilityTotal> totals, CompletenessLine city) implements Serializable {

	/** Collects the headline from the rows of the report's tables as they stream by. */
	static final class Collector {

		private final List<FacilityTotal> totals = new ArrayList<>();

		private int expected;

		private int accepted;

		private int rejectedOnly;

		private int missing;

		private Integer onTime;

		/** A row of {@link ReportTables#SUMMARY}. */
		void summaryRow(Object[] values) {
			this.totals.add(new FacilityTotal((String) values[0], number(values[1]), (String) values[2],
					nullableNumber(values[3]), nullableNumber(values[4])));
		}

		/** A row of {@link ReportTables#COMPLETENESS}. */
		void completenessRow(Object[] values) {
			this.expected += number(values[2]);
			this.accepted += number(values[3]);
			this.rejectedOnly += number(values[4]);
			this.missing += number(values[5]);
			Integer onTime = nullableNumber(values[6]);
			if (onTime != null) {
				this.onTime = ((this.onTime != null) ? this.onTime : 0) + onTime;
			}
		}

		ReportHeadline headline(int federations) {
			return new ReportHeadline(federations, List.copyOf(this.totals), new CompletenessLine(null, "合计",
					this.expected, this.accepted, this.rejectedOnly, this.missing, this.onTime));
		}

		private static int number(Object value) {
			return (value != null) ? ((Number) value).intValue() : 0;
		}

		private static Integer nullableNumber(Object value) {
			return (value != null) ? ((Number) value).intValue() : null;
		}

	}

}
