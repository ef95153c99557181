package io.tsutawaru.bot;

/**
 * Which reports staff want to see; each part left {@code null} does not narrow the list.
 *
 * @param status only reports in this status
 * @param category only reports of this category (one of
 * {@link BotProperties#reportCategories()})
 * @param area only reports whose resident had registered this area; {@link #NO_AREA} for
 * those who had none
 */
public record ReportFilter(ReportStatus status, String category, String area) {

	/** The area filter for reports of residents who registered no area (「未設定」). */
	public static final String NO_AREA = "-";

	/** Every report. */
	public static final ReportFilter ALL = new ReportFilter(null, null, null);

	public ReportFilter {
		category = blankToNull(category);
		area = blankToNull(area);
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
