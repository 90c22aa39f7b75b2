package org.unionstats.validation;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.unionstats.support.SubmissionReading;
import org.unionstats.support.SubmissionWorkbookBuilder;
import org.unionstats.support.TestValidationContext;
import org.unionstats.workbook.FacilityType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The item stream: profile, facility rows, closing, then nothing; the same on every
 * reading so a restart can skip what was done.
 */
class ValidatingReaderTests {

	@TempDir
	Path dir;

	@Test
	void yieldsTheSameItemsOnEveryReading() {
		Path file = SubmissionWorkbookBuilder.valid()
			.set(FacilityType.SERVICE_STATION, 1, "编号", "S001")
			.totalsRow(FacilityType.WORKER_HOME, 9)
			.writeTo(this.dir);
		SubmissionReading first = SubmissionReading.read(file, TestValidationContext.guanganmenwai());
		SubmissionReading second = SubmissionReading.read(file, TestValidationContext.guanganmenwai());
		assertThat(second).isEqualTo(first);
		assertThat(first.closing().issues()).extracting(Issue::code).containsExactly(IssueCode.TOTAL_ROW_MISMATCH);
	}

	@Test
	void returnsNothingAfterTheClosingItemOrAfterClose() {
		Path file = SubmissionWorkbookBuilder.valid().writeTo(this.dir);
		SubmissionValidator validator = new SubmissionValidator(org.unionstats.UnionStatsProperties.defaults(this.dir),
				new IssueMessages());
		ValidatingReader reader = validator.open(file, TestValidationContext.guanganmenwai());
		assertThat(reader.next()).isInstanceOf(ProfileItem.class);
		assertThat(reader.next()).isInstanceOf(FacilityItem.class);
		reader.close();
		assertThat(reader.next()).isNull();
	}

}
