package org.unionstats.validation;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * One message bundle of the project in its two languages, {@code <name>.properties}
 * (Chinese, the default) and {@code <name>_en.properties}, read from the class path as
 * UTF-8: the one way the project loads its texts, inside Spring or not, and never with
 * the JVM's default-locale fallback of {@code ResourceBundle}.
 */
public final class MessageBundle {

	private final Properties chinese;

	private final Properties english;

	private MessageBundle(Properties chinese, Properties english) {
		this.chinese = chinese;
		this.english = english;
	}

	/**
	 * The bundle of the given base name, e.g. {@code messages/issues}.
	 */
	public static MessageBundle load(String baseName) {
		return new MessageBundle(read(baseName + ".properties"), read(baseName + "_en.properties"));
	}

	public Set<String> chineseKeys() {
		return this.chinese.stringPropertyNames();
	}

	public Set<String> englishKeys() {
		return this.english.stringPropertyNames();
	}

	/** The Chinese pattern of the key, or {@code null}. */
	public @Nullable String chinesePattern(String key) {
		return this.chinese.getProperty(key);
	}

	/** The English pattern of the key, or {@code null}. */
	public @Nullable String englishPattern(String key) {
		return this.english.getProperty(key);
	}

	public String zh(String key, Object... args) {
		return format(chinesePattern(key), key, args);
	}

	public String en(String key, Object... args) {
		return format(englishPattern(key), key, args);
	}

	/**
	 * Formats a pattern with {@code Locale.ROOT}, which keeps numbers free of
	 * locale-specific digits and grouping.
	 */
	public static String format(@Nullable String pattern, String key, Object... args) {
		if (pattern == null) {
			throw new IllegalStateException("Missing message " + key);
		}
		return new MessageFormat(pattern, Locale.ROOT).format(args);
	}

	private static Properties read(String resource) {
		InputStream in = MessageBundle.class.getClassLoader().getResourceAsStream(resource);
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

}
