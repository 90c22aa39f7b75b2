package org.unionstats.template;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

import org.unionstats.support.AtomicFiles;
import org.unionstats.workbook.FacilityType;

/**
 * Builds a template workbook and writes it to a file in one step, so a half-written
 * template never shows under its final name.
 */
@Component
class TemplateWorkbookWriter {

	public void write(TemplateContent content, Path file) {
		Path target = file.toAbsolutePath();
		try {
			// A hidden .tmp file in the same folder is ignored by the intake.
			AtomicFiles.write(target, target.getParent(), (out) -> {
				try (XSSFWorkbook workbook = build(content)) {
					workbook.write(out);
				}
			});
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

}
