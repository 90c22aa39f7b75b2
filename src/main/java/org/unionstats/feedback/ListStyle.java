package org.unionstats.feedback;

import org.apache.poi.ss.usermodel.IndexedColors;
import org.jspecify.annotations.Nullable;

import org.unionstats.validation.Severity;

/**
 * The cell styles of the issue list, by what a cell is: one definition for both ways the
 * list is written (POI's cell styles in an annotated copy, a fixed {@code styles.xml} in
 * a workbook holding the list alone).
 *
 * @param font the font, {@code null} for the workbook's default
 * @param fill the solid background, or {@code null} for none
 * @param wrapped whether the text wraps
 * @param centred whether a wrapped text sits in the middle of its row rather than on top
 */
enum ListStyle {

	/** The default style: a value under a label. */
	PLAIN(null, null, false, false),

	/** A label, and the verdict. */
	BOLD(ListFont.BOLD, null, false, false),

	/** The issue table's header. */
	HEADER(ListFont.BOLD, IndexedColors.PALE_BLUE, true, false),

	/** An issue's texts. */
	WRAPPED(null, null, true, false),

	/** An issue's cell reference that jumps to the flagged cell. */
	LINK(ListFont.LINK, null, true, false),

	ERROR(null, IndexedColors.RED, true, false),

	WARNING(null, IndexedColors.YELLOW, true, false),

	INFO(ListFont.BOLD, null, true, false),

	BANNER_ACCEPTED(ListFont.BANNER_LIGHT, IndexedColors.GREEN, true, true),

	BANNER_WARNINGS(ListFont.BANNER_DARK, IndexedColors.LIGHT_ORANGE, true, true),

	BANNER_REJECTED(ListFont.BANNER_LIGHT, IndexedColors.RED, true, true),

	BANNER_DUPLICATE(ListFont.BANNER_DARK, IndexedColors.GREY_25_PERCENT, true, true);

	private final @Nullable ListFont font;

	private final @Nullable IndexedColors fill;

	private final boolean wrapped;

	private final boolean centred;

	ListStyle(@Nullable ListFont font, @Nullable IndexedColors fill, boolean wrapped, boolean centred) {
		this.font = font;
		this.fill = fill;
		this.wrapped = wrapped;
		this.centred = centred;
	}

	/** The severity column's style: the colour of a flagged cell, bold for a note. */
	static ListStyle of(Severity severity) {
		return switch (severity) {
			case ERROR -> ERROR;
			case WARNING -> WARNING;
			case INFO -> INFO;
		};
	}

	@Nullable ListFont font() {
		return this.font;
	}

	@Nullable IndexedColors fill() {
		return this.fill;
	}

	boolean wrapped() {
		return this.wrapped;
	}

	boolean centred() {
		return this.centred;
	}

	/**
	 * A font of the list, in the workbook's default face.
	 *
	 * @param bold whether it is bold
	 * @param points its size, or 0 for the default size
	 * @param color its colour, or {@code null} for the default
	 * @param underlined whether it is underlined once
	 */
	record ListFont(boolean bold, int points, @Nullable IndexedColors color, boolean underlined) {

		static final ListFont BOLD = new ListFont(true, 0, null, false);

		static final ListFont LINK = new ListFont(false, 0, IndexedColors.BLUE, true);

		static final ListFont BANNER_LIGHT = new ListFont(true, 12, IndexedColors.WHITE, false);

		static final ListFont BANNER_DARK = new ListFont(true, 12, IndexedColors.BLACK, false);

	}

}
