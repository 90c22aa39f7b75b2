package org.unionstats.registry;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.unionstats.UserFacingException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class RegistryFileTests {

	private static final String HEADER = "code,name,district_code,district_name\n";

	@TempDir
	Path folder;

	@Test
	void readsQuotedAndSpacedFieldsAfterAByteOrderMarkSkippingBlankLines() throws IOException {
		Path file = write(
				"\uFEFF" + HEADER + "110102014, \"天桥街道\" ,110102,\"西城区\"\r\n\n"
						+ "110102020,\"广安门外街道, 西片\",110102,西城区\n110102021,\"名称有\"\"引号\"\"\",110102,西城区",
				StandardCharsets.UTF_8);

		assertThat(RegistryFile.read(file)).containsExactly(new FederationEntry("110102014", "天桥街道", "110102", "西城区"),
				new FederationEntry("110102020", "广安门外街道, 西片", "110102", "西城区"),
				new FederationEntry("110102021", "名称有\"引号\"", "110102", "西城区"));
	}

	@Test
	void namesTheLineOfEachBadRecordCountingBlankLines() throws IOException {
		Path file = write(
				HEADER + "110102020,广安门外街道,110102,西城区\n\n11010201,短代码,110102,西城区\n" + "110102020,重复,110102,西城区\n",
				StandardCharsets.UTF_8);

		assertThatExceptionOfType(UserFacingException.class).isThrownBy(() -> RegistryFile.read(file))
			.withMessageContaining("2 bad line(s)")
			.withMessageContaining("line 4: code '11010201' must be a 9-digit division code")
			.withMessageContaining("line 5: code 110102020 already given on line 2");
	}

	@Test
	void aQuotedFieldLeftOpenIsNamedByItsLine() throws IOException {
		Path file = write(
				HEADER + "110102020,广安门外街道,110102,西城区\n110102014,\"天桥街道,110102,西城区\n" + "110102021,白纸坊街道,110102,西城区\n",
				StandardCharsets.UTF_8);

		assertThatExceptionOfType(UserFacingException.class).isThrownBy(() -> RegistryFile.read(file))
			.withMessageContaining("1 bad line(s)")
			.withMessageContaining("line 3: a quoted field is not closed");
	}

	@Test
	void aFileThatIsNotUtf8SaysHowToSaveIt() throws IOException {
		Path file = write(HEADER + "110102014,天桥街道,110102,西城区\n", Charset.forName("GB18030"));

		assertThatExceptionOfType(UserFacingException.class).isThrownBy(() -> RegistryFile.read(file))
			.withMessageEndingWith("is not UTF-8 text: save it as CSV UTF-8");
	}

	@Test
	void aFileWithoutTheHeaderIsRefusedAtLine1() throws IOException {
		Path file = write("110102014,天桥街道,110102,西城区\n", StandardCharsets.UTF_8);

		assertThatExceptionOfType(UserFacingException.class).isThrownBy(() -> RegistryFile.read(file))
			.withMessageEndingWith("line 1: the header must be code,name,district_code,district_name");
	}

	private Path write(String text, Charset charset) throws IOException {
		Path file = this.folder.resolve("registry.csv");
		Files.writeString(file, text, charset);
		return file;
	}

}
