package org.unionstats.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.file.Path;

import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.junit.jupiter.SpringExtension;

import org.unionstats.registry.RegistryImporter;

/**
 * Before each test of an {@link IntegrationTest}: an empty warehouse holding the
 * project's hand-made registry ({@code sample-data/registry.csv}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ExtendWith(SampleRegistry.Loader.class)
public @interface SampleRegistry {

	/** The registry every such test starts from. */
	Path FILE = Path.of("sample-data/registry.csv");

	/** Cleans the database and imports the registry. */
	class Loader implements BeforeEachCallback {

		@Override
		public void beforeEach(ExtensionContext context) {
			ApplicationContext application = SpringExtension.getApplicationContext(context);
			DatabaseCleaner.clean(application.getBean(JdbcClient.class));
			application.getBean(RegistryImporter.class).importFile(FILE);
		}

	}

}
