package io.tsutawaru.shelters;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import io.tsutawaru.text.DocumentText;

/**
 * Checks one row of a shelter list against the national format: the required fields,
 * coordinates a map can place, hazard flags written as the format writes them (1 or
 * empty), a capacity that is a count. Every reason names the column as the header does,
 * so staff find it in their spreadsheet.
 */
final class RowCheck {

	private static final Pattern DECIMAL = Pattern.compile("[+-]?\\d{1,3}(\\.\\d+)?");

	private static final Pattern COUNT = Pattern.compile("\\d{1,3}(,?\\d{3})*");

	private static final Pattern CITY_CODE = Pattern.compile("\\d{5,6}");

	private static final int MAX_TEXT = 300;

	private final ShelterColumns columns;

	RowCheck(ShelterColumns columns) {
		this.columns = columns;
	}

	ShelterRow check(long line, List<String> row) {
		if (row.size() != columns.width()) {
			return new ShelterRow.Rejected(line,
					"the row has " + row.size() + " fields, the header has " + columns.width());
		}
		if (row.stream().anyMatch(field -> field.indexOf('\uFFFD') >= 0)) {
			return new ShelterRow.Rejected(line,
					"the row has broken characters (the file is not valid UTF-8 or Shift_JIS "
							+ "here); save the file again as UTF-8");
		}
		try {
			return new ShelterRow.Accepted(line, shelter(row));
		}
		catch (BadField ex) {
			return new ShelterRow.Rejected(line, ex.getMessage());
		}
	}

	private ListedShelter shelter(List<String> row) {
		String id = required(row, ShelterColumns.ID, 100);
		String name = required(row, ShelterColumns.NAME, MAX_TEXT);
		String address = required(row, ShelterColumns.ADDRESS, 500);
		String kana = text(row, ShelterColumns.KANA, MAX_TEXT);
		String cityCode = columns.value(row, ShelterColumns.CITY_CODE);
		if (!cityCode.isEmpty() && !CITY_CODE.matcher(cityCode).matches()) {
			throw new BadField(
					ShelterColumns.CITY_CODE + " must be the 6-digit local government code, not '" + cityCode + "'");
		}
		double latitude = coordinate(row, ShelterColumns.LATITUDE, 90);
		double longitude = coordinate(row, ShelterColumns.LONGITUDE, 180);
		if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180) {
			boolean swapped = Math.abs(longitude) <= 90 && Math.abs(latitude) <= 180;
			throw new BadField("緯度 must be within ±90 and 経度 within ±180" + (swapped ? "; they look swapped" : ""));
		}
		return new ListedShelter(columns.kind(), cityCode, id, name, kana, address, latitude, longitude, hazards(row),
				capacity(row));
	}

	private String required(List<String> row, String column, int max) {
		String value = text(row, column, max);
		if (value.isEmpty()) {
			throw new BadField(column + " is empty; the national format requires it");
		}
		return value;
	}

	private String text(List<String> row, String column, int max) {
		String value = DocumentText.fit(columns.value(row, column)).replaceAll("[\\r\\n\\t]+", " ").strip();
		if (value.codePointCount(0, value.length()) > max) {
			throw new BadField(column + " is longer than " + max + " characters");
		}
		return value;
	}

	private double coordinate(List<String> row, String column, int limit) {
		String value = columns.value(row, column);
		if (value.isEmpty()) {
			throw new BadField(column + " is empty; a shelter needs its place to be found");
		}
		if (!DECIMAL.matcher(value).matches()) {
			throw new BadField(
					column + " must be a decimal number of degrees such as 35.6812, not '" + shorten(value) + "'");
		}
		return Double.parseDouble(value);
	}

	private Set<Hazard> hazards(List<String> row) {
		Set<Hazard> hazards = EnumSet.noneOf(Hazard.class);
		for (Hazard hazard : Hazard.values()) {
			String flag = columns.value(row, hazard.header());
			if (flag.equals("1")) {
				hazards.add(hazard);
			}
			else if (!flag.isEmpty()) {
				throw new BadField(hazard.header() + " must be 1 (designated) or empty, not '" + shorten(flag) + "'");
			}
		}
		return hazards;
	}

	private Integer capacity(List<String> row) {
		String value = columns.value(row, ShelterColumns.CAPACITY);
		if (value.isEmpty()) {
			return null;
		}
		if (!COUNT.matcher(value).matches() || value.replace(",", "").length() > 9) {
			throw new BadField(
					ShelterColumns.CAPACITY + " must be a number of people such as 350, not '" + shorten(value) + "'");
		}
		return Integer.valueOf(value.replace(",", ""));
	}

	private static String shorten(String value) {
		return value.length() > 40 ? value.substring(0, 40) + "…" : value;
	}

	/** One field that fails its check; the message is the row's reason. */
	private static final class BadField extends RuntimeException {

		BadField(String message) {
			super(message, null, false, false);
		}

	}

}
