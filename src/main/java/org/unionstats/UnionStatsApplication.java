package org.unionstats;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

import org.unionstats.cli.UnionStatsCommandLine;

/**
 * The unionstats executable: one-shot commands and the {@code serve} mode.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class UnionStatsApplication {

	private static final String SAX_PARSER_FACTORY = "javax.xml.parsers.SAXParserFactory";

	static {
		// XMLBeans asks for a new SAX parser factory for every part POI opens, and the
		// lookup scans each jar on the class path for a provider (none is there): 8 % of
		// publishing a small file. Naming the JDK's own, the one it ends with, skips
		// that.
		if (System.getProperty(SAX_PARSER_FACTORY) == null) {
			System.setProperty(SAX_PARSER_FACTORY, "com.sun.org.apache.xerces.internal.jaxp.SAXParserFactoryImpl");
		}
	}

	public static void main(String[] args) {
		System.exit(UnionStatsCommandLine.execute(args));
	}

}
