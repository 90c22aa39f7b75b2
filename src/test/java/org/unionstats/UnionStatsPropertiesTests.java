package org.unionstats;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The settings' defaults have one home, the annotations of {@link UnionStatsProperties}:
 * what {@code application.yml} says and what code outside Spring gets are the same.
 */
class UnionStatsPropertiesTests {

	@Test
	void applicationYmlBindsTheSameSettingsAsTheDefaultsOutsideSpring() throws IOException {
		Path dropRoot = Path.of("./drop");
		Map<String, Object> yaml = new LinkedHashMap<>();
		for (var source : new YamlPropertySourceLoader().load("application",
				new ClassPathResource("application.yml"))) {
			EnumerablePropertySource<?> enumerable = (EnumerablePropertySource<?>) source;
			for (String name : enumerable.getPropertyNames()) {
				if (name.startsWith("unionstats.")) {
					yaml.put(name, String.valueOf(enumerable.getProperty(name)));
				}
			}
		}

		UnionStatsProperties fromYaml = UnionStatsProperties.bind(yaml);

		assertThat(fromYaml).isEqualTo(UnionStatsProperties.defaults(dropRoot));
		assertThat(fromYaml.annotateMaxRows()).isEqualTo(10_000);
	}

}
