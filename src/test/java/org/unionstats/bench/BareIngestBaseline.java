package org.unionstats.bench;

import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.postgresql.PGConnection;

import com.fasterxml.aalto.stax.InputFactoryImpl;

import org.unionstats.workbook.FacilityRow;
import org.unionstats.workbook.SubmissionWorkbookWriter;

import static org.unionstats.support.Submissions.profile;

/**
 * The floor under {@link IngestBenchmark}'s {@code large} scenario on this machine: the
 * same 100,000-row workbook read with bare StAX (every cell as text, no validation),
 * {@code COPY}'d into a staging table and merged with one {@code INSERT ... SELECT} into
 * a table with a primary key, all in one transaction. Nothing is checked, no identity is
 * kept, no history, no feedback: what is left is what any pipeline pays. Run with
 * {@code ./mvnw -q -Pbench test-compile exec:exec -Dbench=BareIngestBaseline -Dbench.args="100000 100000 100000"};
 * the first figure is a cold JVM, the later ones warm.
 */
public final class BareIngestBaseline {

	private static final String DATABASE = "unionstats_bench_bare";

	private static final XMLInputFactory XML = new InputFactoryImpl();

	private BareIngestBaseline() {
	}

	public static void main(String[] args) throws Exception {
		List<String> sizes = (args.length > 0) ? List.of(args) : List.of("100000");
		IngestBenchmark.recreate(DATABASE);
		Path dir = Files.createTempDirectory("unionstats-bare");
		for (String size : sizes) {
			int rows = Integer.parseInt(size);
			Path file = dir.resolve(rows + ".xlsx");
			if (!Files.exists(file)) {
				String[] federation = IngestBenchmark.federations(1, "11").get(0);
				List<FacilityRow> facilities = IngestBenchmark.facilities(federation[1], rows);
				SubmissionWorkbookWriter.write(file,
						profile(federation[0], federation[1], federation[3], "2017", 500, 5000), facilities);
			}
			try (Connection connection = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/" + DATABASE,
					"postgres", null)) {
				prepare(connection);
				long started = System.nanoTime();
				long staged = stage(connection, file);
				int merged = merge(connection);
				connection.commit();
				double seconds = (System.nanoTime() - started) / 1e9;
				System.out.printf("bare     rows=%d staged=%d merged=%d wall=%.2fs rows/s=%.0f%n", rows, staged, merged,
						seconds, merged / seconds);
			}
		}
	}

	private static void prepare(Connection connection) throws Exception {
		try (Statement statement = connection.createStatement()) {
			statement.execute("DROP TABLE IF EXISTS bare_staging, bare_facility");
			statement.execute("CREATE TABLE bare_staging (sheet text, row_no int, cells text[])");
			statement.execute("""
					CREATE TABLE bare_facility (sheet text, code text, name text, address text, status text,
					  other text[], PRIMARY KEY (sheet, code))""");
		}
		connection.setAutoCommit(false);
	}

	/**
	 * Every data row of every facility sheet, its cells as text, COPY'd a sheet at a
	 * time.
	 */
	private static long stage(Connection connection, Path file) throws Exception {
		long rows = 0;
		try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
			XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) new XSSFReader(pkg).getSheetsData();
			while (sheets.hasNext()) {
				try (InputStream in = sheets.next()) {
					String sheet = sheets.getSheetName();
					StringBuilder copy = new StringBuilder(1 << 20);
					int sheetRows = readSheet(in, sheet, copy);
					if (sheetRows > 0) {
						rows += connection.unwrap(PGConnection.class)
							.getCopyAPI()
							.copyIn("COPY bare_staging FROM STDIN WITH (FORMAT csv)",
									new StringReader(copy.toString()));
					}
				}
			}
		}
		return rows;
	}

	private static int readSheet(InputStream in, String sheet, StringBuilder copy) throws Exception {
		XMLStreamReader xml = XML.createXMLStreamReader(in);
		List<String> cells = new ArrayList<>();
		int rowNo = 0;
		int rows = 0;
		StringBuilder value = new StringBuilder();
		boolean inValue = false;
		while (xml.hasNext()) {
			int event = xml.next();
			if (event == XMLStreamConstants.START_ELEMENT) {
				String name = xml.getLocalName();
				if (name.equals("row")) {
					cells.clear();
					rowNo = Integer.parseInt(xml.getAttributeValue(null, "r"));
				}
				else if (name.equals("v") || name.equals("t")) {
					value.setLength(0);
					inValue = true;
				}
			}
			else if (inValue && (event == XMLStreamConstants.CHARACTERS)) {
				value.append(xml.getText());
			}
			else if (event == XMLStreamConstants.END_ELEMENT) {
				String name = xml.getLocalName();
				if (name.equals("v") || name.equals("t")) {
					cells.add(value.toString());
					inValue = false;
				}
				else if (name.equals("row") && rowNo > 3 && !cells.isEmpty() && !cells.get(0).isEmpty()) {
					copy.append(sheet).append(',').append(rowNo).append(",\"{");
					for (int i = 0; i < cells.size(); i++) {
						copy.append(i > 0 ? "," : "")
							.append("\"\"")
							.append(cells.get(i).replace("\"", ""))
							.append("\"\"");
					}
					copy.append("}\"\n");
					rows++;
				}
			}
		}
		return rows;
	}

	private static int merge(Connection connection) throws Exception {
		try (Statement statement = connection.createStatement()) {
			return statement.executeUpdate("""
					INSERT INTO bare_facility
					SELECT sheet, cells[1], cells[2], cells[3], cells[4], cells[5:]
					FROM bare_staging WHERE cells[1] IS NOT NULL
					ON CONFLICT (sheet, code) DO NOTHING""");
		}
	}

}
