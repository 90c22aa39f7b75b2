package org.unionstats.cli;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import org.unionstats.intake.FileOutcome;

import static org.assertj.core.api.Assertions.assertThat;

class OneLineTests {

	@Test
	void keepsAnOrdinaryChineseFileNameAsItIs() {
		assertThat(OneLine.escape("天桥 2017年报.xlsx")).isEqualTo("天桥 2017年报.xlsx");
	}

	@Test
	void writesANewlineInAFileNameAsBackslashN() {
		assertThat(OneLine.escape("天桥\n2017.xlsx")).isEqualTo("天桥\\n2017.xlsx").doesNotContain("\n");
	}

	@Test
	void writesCarriageReturnAndTabAsTheirEscapes() {
		assertThat(OneLine.escape("a\rb\tc.xlsx")).isEqualTo("a\\rb\\tc.xlsx");
	}

	@Test
	void writesOtherControlCharactersAndLineSeparatorsAsUnicodeEscapes() {
		assertThat(OneLine.escape("bell\u0007del\u007fsep\u2028.xlsx"))
			.isEqualTo("bell\\u0007del\\u007fsep\\u2028.xlsx");
	}

	@Test
	void printsNullAsNull() {
		assertThat(OneLine.escape(null)).isEqualTo("null");
	}

	@Test
	void ingestPrintsAFileWhoseNameHoldsANewlineOnOneLine() {
		FileOutcome file = new FileOutcome("110102014", "天桥\n2017.xlsx", "2017", "ACCEPTED", 0, 1,
				Path.of("feedback/110102014/天桥\n2017.xlsx.校验结果.xlsx"), Path.of("archive/2017/110102014"), null);

		String line = IngestCommand.line(file, 1, 3);

		assertThat(line).doesNotContain("\n")
			.isEqualTo("[1/3] 110102014 2017 ACCEPTED errors=0 warnings=1 天桥\\n2017.xlsx"
					+ " -> feedback feedback/110102014/天桥\\n2017.xlsx.校验结果.xlsx");
	}

}
