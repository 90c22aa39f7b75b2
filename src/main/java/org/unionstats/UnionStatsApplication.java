package org.unionstats;

import java.util.Map;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

import org.unionstats.cli.QuickCompiler;
import org.unionstats.cli.UnionStatsCommandLine;

/**
 * The unionstats executable: one-shot commands and the {@code serve} mode.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class UnionStatsApplication {

	/**
	 * The JDK's own XML factories, the ones the lookups end with: no jar on the class
	 * path provides another.
	 */
	private static final Map<String, String> JDK_XML_FACTORIES = Map.of("javax.xml.parsers.SAXParserFactory",
			"com.sun.org.apache.xerces.internal.jaxp.SAXParserFactoryImpl", "javax.xml.parsers.DocumentBuilderFactory",
			"com.sun.org.apache.xerces.internal.jaxp.DocumentBuilderFactoryImpl",
			"javax.xml.transform.TransformerFactory",
			"com.sun.org.apache.xalan.internal.xsltc.trax.TransformerFactoryImpl");

	static {
		// XMLBeans asks for a new SAX parser factory for every part POI opens, and POI
		// for a new transformer factory for every part it saves; each lookup scans every
		// jar on the class path for a provider (none is there): together a fifth of
		// publishing a small file. Naming the factory skips the scan.
		JDK_XML_FACTORIES.forEach((factory, implementation) -> {
			if (System.getProperty(factory) == null) {
				System.setProperty(factory, implementation);
			}
		});
	}

	/**
	 * Spring logs through commons-logging, which would otherwise look for a provider
	 * among the jars and then initialise Log4j's API (some 90 classes, its bridge to
	 * SLF4J is on the class path) only to settle on SLF4J: named, it goes there at once.
	 */
	private static final String COMMONS_LOGGING_FACTORY = "org.apache.commons.logging.LogFactory";

	static {
		if (System.getProperty(COMMONS_LOGGING_FACTORY) == null) {
			System.setProperty(COMMONS_LOGGING_FACTORY, "org.apache.commons.logging.impl.Slf4jLogFactory");
		}
	}

	public static void main(String[] args) {
		QuickCompiler.askUnlessTold();
		System.exit(UnionStatsCommandLine.execute(args));
	}

}
