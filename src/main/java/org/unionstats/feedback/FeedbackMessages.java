package org.unionstats.feedback;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

/**
 * The feedback's own texts in Chinese and English, from
 * {@code messages/feedback.properties} (Chinese) and {@code feedback_en.properties}.
 */
final class FeedbackMessages {

	static final String ZH_BUNDLE = "messages/feedback.properties";

	static final String EN_BUNDLE = "messages/feedback_en.properties";

	private final Properties zh;

	private final Properties en;

	private FeedbackMessages(Properties zh, Properties en) {
		this.zh = zh;
		this.en = en;
	}

	/**
	 * Reads both bundles from the class path as UTF-8, without Spring and without the
	 * JVM's default-locale fallback of {@code ResourceBundle}.
	 */
	static FeedbackMessages load() {
		return new FeedbackMessages(read(ZH_BUNDLE), read(EN_BUNDLE));
	}

	static Properties read(String resource) {
		InputStream in = FeedbackMessages.class.getClassLoader().getResourceAsStream(resource);
		if (in == null) {
			throw new IllegalStateException("Missing message bundle " + resource);
		}
		try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
			Properties properties = new Properties();
			properties.load(reader);
			return properties;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	String zh(String key, Object... args) {
		return format(this.zh, key, args);
	}

	String en(String key, Object... args) {
		return format(this.en, key, args);
	}

	/** Chinese and English on one line, for headers and short labels. */
	String both(String key, Object... args) {
		return zh(key, args) + " / " + en(key, args);
	}

	private static String format(Properties bundle, String key, Object... args) {
		String pattern = bundle.getProperty(key);
		if (pattern == null) {
			throw new IllegalStateException("Missing message " + key);
		}
		// Locale.ROOT keeps numbers free of locale-specific digits
		return new MessageFormat(pattern, Locale.ROOT).format(args);
	}

}
