package io.tsutawaru.text;

/**
 * A text cell of a CSV file staff open in a spreadsheet. Excel, LibreOffice and Google
 * Sheets read a cell that starts with {@code = + - @}, a tab or a carriage return as a
 * formula, which can run commands or send the sheet's data elsewhere (OWASP, "CSV
 * Injection"). Residents' questions and imported cells reach the CSV files staff
 * download, so every text cell is written neutralised: such a cell is prefixed with a
 * single quote, which the spreadsheet shows and does not evaluate. Numbers the service
 * writes itself are not text cells.
 */
public final class CsvCell {

	private CsvCell() {
	}

	/**
	 * The text as it is safe to write into a cell.
	 * @param text any text, or null
	 * @return the text, prefixed with {@code '} when a spreadsheet would read it as a
	 * formula; null for null
	 */
	public static String neutralised(String text) {
		return formula(text, 0) ? "'" + text : text;
	}

	/**
	 * A cell read back from a file the service wrote: a quote {@link #neutralised} added
	 * is taken away again, so a file exported, edited and imported keeps its text. A cell
	 * of another origin that starts with {@code '=} loses its quote as well; that is the
	 * price of a round trip staff can rely on.
	 * @param cell a cell as read, or null
	 */
	public static String restored(String cell) {
		return cell != null && cell.startsWith("'") && formula(cell, 1) ? cell.substring(1) : cell;
	}

	private static boolean formula(String text, int at) {
		if (text == null || text.length() <= at) {
			return false;
		}
		return switch (text.charAt(at)) {
			case '=', '+', '-', '@', '\t', '\r' -> true;
			default -> false;
		};
	}

}
