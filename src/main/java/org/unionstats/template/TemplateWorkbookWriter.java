package org.unionstats.template;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

import org.unionstats.people.ReadableFiles;

import org.unionstats.workbook.FacilityType;

/**
 * Builds a template workbook and writes it to a file in one step, so a half-written
 * template never shows under its final name.
 */
@Component
public class TemplateWorkbookWriter {

	public void write(TemplateContent content, Path file) {
		Path target = file.toAbsolutePath();
		try {
			Files.createDirectories(target.getParent());
			// A .tmp file in the same folder is ignored by the intake and renames
			// atomically.
			Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
			try {
				try (XSSFWorkbook workbook = build(content); OutputStream out = Files.newOutputStream(temp)) {
					workbook.write(out);
				}
				// createTempFile makes the file owner-only; the template is for others
				ReadableFiles.forPeople(temp);
				move(temp, target);
			}
			finally {
				Files.deleteIfExists(temp);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write the template " + target, ex);
		}
	}

	/**
	 * The workbook: strings go to the shared-strings table, as XSSFWorkbook does by
	 * default, since WPS renders inline strings badly.
	 */
	XSSFWorkbook build(TemplateContent content) {
		XSSFWorkbook workbook = new XSSFWorkbook();
		TemplateStyles styles = new TemplateStyles(workbook);
		DropdownLists lists = new DropdownLists(workbook);
		InputRules rules = new InputRules(lists);
		new InstructionsSheetWriter(styles).write(workbook, content);
		new ProfileSheetWriter(styles, rules).write(workbook, content);
		FacilitySheetWriter facilities = new FacilitySheetWriter(styles, rules);
		for (FacilityType type : FacilityType.values()) {
			facilities.write(workbook, type, content.prefilledFacilities(type));
		}
		lists.finish();
		workbook.setActiveSheet(0);
		return workbook;
	}

	private static void move(Path temp, Path target) throws IOException {
		try {
			Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (AtomicMoveNotSupportedException ex) {
			Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
		}
	}

}
